using System.CommandLine;
using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Configuration;
using Strata.Postgres;
using Strata.Raw;
using Strata.Security;

namespace Strata.Cli.Commands;

/// <summary>`strata db init`: create or migrate the raw tier's schema, and the least-privilege roles of both PostgreSQL-protocol tiers.</summary>
internal static class DbCommand
{
    /// <summary>Where `strata db init` reads the roles' passwords from; a role without one keeps the password it has (none, at first).</summary>
    private static readonly (string Role, string Variable)[] PasswordVariables =
        [(AccessRoles.Etl, "STRATA_ETL_PASSWORD"), (AccessRoles.Reader, ReaderLogin.PasswordVariable)];

    public static Command Create(CommandRunner runner)
    {
        var init = new Command("init",
            "Create or migrate the raw-tier schema in the database STRATA_POSTGRES names (idempotent), then create the roles strata_etl "
            + "and strata_reader and grant their rights in the raw tier and the archive (STRATA_GREENPLUM); passwords from "
            + "STRATA_ETL_PASSWORD and STRATA_READER_PASSWORD; on a ClickHouse server (not the embedded engine), the users strata_etl and "
            + "strata_reader with the same passwords.");
        init.SetAction((parsed, cancellationToken) => runner.RunAsync(parsed, (context, ct) => InitAsync(context, runner.Environment, ct), Render,
            cancellationToken));
        return new Command("db", "Manage the raw tier's PostgreSQL schema and Strata's database roles.") { init };
    }

    private static async Task<InitSummary> InitAsync(CommandContext context, CliEnvironment environment, CancellationToken cancellationToken)
    {
        await using var database = new PostgresDatabase(context.Settings.Raw);
        var migrated = await new Migrator(database).MigrateAsync(cancellationToken);
        var passwords = PasswordVariables
            .Select(entry => (entry.Role, Password: environment.Variable(entry.Variable)))
            .Where(entry => !string.IsNullOrEmpty(entry.Password))
            .ToDictionary(entry => entry.Role, entry => entry.Password!);
        var roles = await AccessRoles.EnsureAsync(database, context.Settings.Archive, passwords, cancellationToken);
        var users = await WarehouseUsers.EnsureAsync(context.Settings, passwords, cancellationToken);
        return new InitSummary(migrated.SchemaVersion, migrated.Applied, roles, [.. passwords.Keys.Order(StringComparer.Ordinal)], users);
    }

    private static void Render(InitSummary result, IAnsiConsole console)
    {
        console.WriteLine(result.Applied.Count == 0
            ? $"Raw schema is up to date (version {result.SchemaVersion})."
            : $"Applied {result.Applied.Count} migration(s): {string.Join(", ", result.Applied)}; schema version {result.SchemaVersion}.");
        var passwords = result.PasswordsSet.Count == 0 ? "" : $"; password set for {string.Join(", ", result.PasswordsSet)}";
        console.WriteLine($"Roles {string.Join(", ", result.Roles)} granted their rights in the raw tier and the archive{passwords}.");
        var users = result.Warehouse;
        if (users.Skipped is { } reason)
        {
            console.WriteLine($"ClickHouse users: none made, {reason}.");
            return;
        }
        if (users.Users.Count > 0)
        {
            console.WriteLine($"ClickHouse users {string.Join(", ", users.Users)} made or updated, with their rights on the warehouse's database.");
        }
        foreach (var role in users.WithoutPassword)
        {
            var variable = PasswordVariables.Single(entry => entry.Role == role).Variable;
            console.WriteLine($"ClickHouse user {role} not made here (no {variable}): set it and run strata db init again, "
                + "unless the server's own configuration declares the user (the Kubernetes overlays do).");
        }
    }

    /// <summary>
    /// What `strata db init` did: the schema version, the migrations it applied, the roles it keeps and whose password it set,
    /// and the ClickHouse server's users it made ("warehouse": {"users", "without_password", "skipped": why none, as for the embedded engine}).
    /// </summary>
    private sealed record InitSummary(int SchemaVersion, IReadOnlyList<string> Applied, IReadOnlyList<string> Roles, IReadOnlyList<string> PasswordsSet,
        WarehouseUsersOutcome Warehouse);
}
