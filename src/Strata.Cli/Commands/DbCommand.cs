using System.CommandLine;
using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Postgres;
using Strata.Raw;

namespace Strata.Cli.Commands;

/// <summary>`strata db init`: create or migrate the raw tier's schema.</summary>
internal static class DbCommand
{
    public static Command Create(CommandRunner runner)
    {
        var init = new Command("init", "Create or migrate the raw-tier schema in the database STRATA_POSTGRES names (idempotent).");
        init.SetAction((parsed, cancellationToken) => runner.RunAsync(parsed, InitAsync, Render, cancellationToken));
        return new Command("db", "Manage the raw tier's PostgreSQL schema.") { init };
    }

    private static async Task<MigrationResult> InitAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await using var database = new PostgresDatabase(context.Settings.Raw);
        return await new Migrator(database).MigrateAsync(cancellationToken);
    }

    private static void Render(MigrationResult result, IAnsiConsole console) =>
        console.WriteLine(result.Applied.Count == 0
            ? $"Raw schema is up to date (version {result.SchemaVersion})."
            : $"Applied {result.Applied.Count} migration(s): {string.Join(", ", result.Applied)}; schema version {result.SchemaVersion}.");
}
