using Npgsql;
using Strata.Archive;
using Strata.Diagnostics;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.Security;

/// <summary>
/// The least-privilege roles of the documented deployment, made by `strata db init` on the raw tier's server and the
/// archive's (roles are per server): strata_etl, which the pipelines run as (writes the raw tier and the archive, no
/// DDL outside Strata's schemas), and strata_reader (SELECT on the raw tier and the archive's tables and BI views,
/// nothing else). A password given for a role is sent as a SCRAM verifier (<see cref="ScramVerifier"/>). Roles that exist
/// already with the right attributes (CloudNativePG's managed roles) are kept as they are, and only granted their rights.
/// </summary>
public static class AccessRoles
{
    public const string Etl = "strata_etl";
    public const string Reader = "strata_reader";

    /// <summary>Creates the roles and grants them their rights in both tiers; <paramref name="passwords"/> maps a role to its new password.</summary>
    public static async Task<IReadOnlyList<string>> EnsureAsync(PostgresDatabase raw, string archiveConnectionString,
        IReadOnlyDictionary<string, string> passwords, CancellationToken cancellationToken)
    {
        await GrantAsync(raw, "raw/roles/grant_raw_tier.sql", passwords, cancellationToken);
        await using var archive = await ArchiveDatabase.ConnectAsync(archiveConnectionString, cancellationToken);
        await using (var connection = await archive.OpenAsync(cancellationToken))
        {
            // strata_etl does not own the archive database, so the owner sets its UTC default now.
            await ArchiveTimeZone.EnsureUtcAsync(archive.Statements, connection, cancellationToken);
        }
        await GrantAsync(archive.Database, "archive/roles/grant_archive.sql", passwords, cancellationToken);
        return [Etl, Reader];
    }

    private static async Task GrantAsync(PostgresDatabase database, string grants, IReadOnlyDictionary<string, string> passwords,
        CancellationToken cancellationToken)
    {
        try
        {
            await database.ExecuteAsync(SqlCatalog.Read("raw/roles/create_roles.sql"), cancellationToken);
            foreach (var (role, password) in passwords)
            {
                await database.ExecuteAsync($"ALTER ROLE {role} PASSWORD '{ScramVerifier.Of(password)}'", cancellationToken);
            }
            await database.ExecuteAsync(SqlCatalog.Read(grants), cancellationToken);
        }
        catch (PostgresException wrong) when (wrong.SqlState == PostgresErrorCodes.ObjectNotInPrerequisiteState)
        {
            throw new StrataException($"strata db init: {wrong.MessageText}.", wrong);
        }
        catch (PostgresException denied) when (denied.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            var user = new NpgsqlConnectionStringBuilder(database.ConnectionString).Username;
            throw new StrataException($"strata db init creates the roles {Etl} and {Reader} and grants them their rights, which the role "
                + $"{user} may not do ({denied.MessageText}): give it CREATEROLE (as a superuser: ALTER ROLE {user} CREATEROLE) "
                + "and make it the owner of the databases, or run strata db init as a superuser.", denied);
        }
    }
}
