using System.Security.Cryptography;
using System.Text;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Diagnostics;
using Strata.Sql;

namespace Strata.Security;

/// <summary>What `strata db init` did about the warehouse's users: those it made or updated, those without a password, or why none.</summary>
public sealed record WarehouseUsersOutcome(IReadOnlyList<string> Users, IReadOnlyList<string> WithoutPassword, string? Skipped);

/// <summary>
/// strata_etl and strata_reader as users of a ClickHouse server (sql/warehouse/roles), made by `strata db init` with the
/// passwords it gives the PostgreSQL roles: strata_etl may read, write and reshape the tables of Strata's database and
/// nothing else (besides reading the raw tier through postgresql()); strata_reader may SELECT there, in the readonly
/// profile. Each password reaches the server as a salted SHA-256 only (a new salt each init), so no statement, log or
/// query log holds it. The embedded engine has no users (its store is one process's files): skipped, and said so.
/// On a cluster (STRATA_CLICKHOUSE_CLUSTER) the users and grants are made ON CLUSTER, on every node.
/// </summary>
public static class WarehouseUsers
{
    public static async Task<WarehouseUsersOutcome> EnsureAsync(StrataSettings settings, IReadOnlyDictionary<string, string> passwords,
        CancellationToken cancellationToken)
    {
        if (ClickHouseLocation.Parse(settings.Warehouse) is not ClickHouseLocation.Server server)
        {
            return new WarehouseUsersOutcome([], [], "the embedded engine has no users (its store is the strata process's own files)");
        }
        string[] roles = [AccessRoles.Etl, AccessRoles.Reader];
        var withPassword = roles.Where(passwords.ContainsKey).ToList();
        if (withPassword.Count == 0)
        {
            // Nothing to make (Kubernetes: the operator's users.xml declares the users): the server is not even asked.
            return new WarehouseUsersOutcome([], roles, null);
        }
        await using var engine = await ClickHouseEngines.OpenAsync(settings, cancellationToken);
        foreach (var role in withPassword)
        {
            foreach (var statement in Statements(role, passwords[role], RandomNumberGenerator.GetBytes(16), server.Database, settings.WarehouseCluster))
            {
                try
                {
                    await engine.ExecuteAsync(statement, null, cancellationToken);
                }
                catch (ClickHouseException refused)
                {
                    throw new StrataException($"strata db init could not make the ClickHouse user {role} ({refused.Detail}): the user in "
                        + "STRATA_CLICKHOUSE needs access management (access_management = 1, as compose and the Kubernetes overlays give `strata`).",
                        refused);
                }
            }
        }
        return new WarehouseUsersOutcome(withPassword, [.. roles.Except(withPassword)], null);
    }

    /// <summary>The statements that make <paramref name="role"/> a user of <paramref name="database"/> with <paramref name="password"/>.</summary>
    public static IReadOnlyList<string> Statements(string role, string password, byte[] salt, string database, string? cluster)
    {
        var saltText = Convert.ToHexStringLower(salt);
        var values = new Dictionary<string, string>
        {
            ["user"] = ClickHouseIdentifier.Quote(role),
            ["on_cluster"] = cluster is null ? "" : $" ON CLUSTER {ClickHouseIdentifier.Quote(cluster)}",
            // What ClickHouse compares a login with: SHA-256 of the password followed by the salt, in hex.
            ["hash"] = $"'{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(password + saltText)))}'",
            ["salt"] = $"'{saltText}'",
            ["database"] = ClickHouseIdentifier.Quote(database),
            ["profile"] = role == AccessRoles.Reader ? "'readonly'" : "'default'",
        };
        string[] files = role == AccessRoles.Etl
            ? ["create_user.sql", "alter_user.sql", "grant_etl.sql", "grant_etl_sources.sql"]
            : ["create_user.sql", "alter_user.sql", "grant_reader.sql"];
        return [.. files.Select(file => SqlTemplate.Render(SqlCatalog.Read($"warehouse/roles/{file}"), values))];
    }
}
