using System.CommandLine;
using Spectre.Console;
using Strata.Archive;
using Strata.ClickHouse;
using Strata.Cli.Hosting;
using Strata.Cli.Output;
using Strata.Pipeline.Graph;
using Strata.Postgres;
using Strata.Quality;

namespace Strata.Cli.Commands;

/// <summary>
/// `strata check --pipeline P [--date D | --month M]`: a pipeline's data-quality checks on their own, against the
/// live tables (what a run would check after each step). Exit 1 when an error-severity check fails.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CommandRunner runner)
    {
        var pipeline = new Option<string>("--pipeline") { Description = "Whose checks: ingest, daily or monthly.", DefaultValueFactory = _ => "daily" };
        pipeline.AcceptOnlyFromAmong([.. PipelineCatalogue.All.Select(p => p.Name)]);
        var date = CliOptions.Date("--date", "The logical date the daily checks look at (default: yesterday, UTC); for ingest, rows written since that day.");
        var month = CliOptions.Month("--month", "The month the monthly checks look at (default: last month, UTC).");
        var command = new Command("check",
            "Run a pipeline's data-quality checks on their own against the live tables; exit 1 when an error-severity check fails.")
        {
            pipeline, date, month,
        };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            (context, ct) => CheckAsync(context, parsed.GetValue(pipeline)!, parsed.GetResult(date) is null ? null : parsed.GetValue(date),
                parsed.GetValue(month), ct),
            Render,
            cancellationToken));
        return command;
    }

    private static async Task<CheckReport> CheckAsync(CommandContext context, string pipeline, DateOnly? date, ArchiveMonth? month,
        CancellationToken cancellationToken)
    {
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await using var raw = new PostgresDatabase(context.Settings.Raw);
        var checks = CheckCatalogue.OfPipeline(pipeline).Where(check => check.RunsAlone).Select(check => check.Name).ToList();
        if (pipeline == "ingest")
        {
            var since = (date ?? DateOnly.MinValue).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var scope = new CheckScope(raw, null, yesterday, yesterday) { RawSince = since };
            return new CheckReport(await CheckCatalogue.EvaluateAsync(checks, scope, cancellationToken));
        }
        await using var warehouse = await ClickHouseEngines.OpenAsync(context.Settings, cancellationToken);
        if (pipeline == "daily")
        {
            var day = date ?? yesterday;
            return new CheckReport(await CheckCatalogue.EvaluateAsync(checks, new CheckScope(raw, warehouse, day, day), cancellationToken));
        }
        var archived = month ?? ArchiveMonth.Of(DateOnly.FromDateTime(DateTime.UtcNow)).Previous;
        await using var archive = await ArchiveDatabase.ConnectAsync(context.Settings.Archive, cancellationToken);
        var monthScope = new CheckScope(raw, warehouse, archived.FirstDay, archived.LastDay) { Archive = archive };
        return new CheckReport(await CheckCatalogue.EvaluateAsync(checks, monthScope, cancellationToken));
    }

    private static void Render(CheckReport report, IAnsiConsole console)
    {
        CheckTable.Write(report.Checks, console, all: true);
        console.WriteLine(report.Passed ? "Every blocking check passed." : "A blocking check failed: see the runbook's section on checks (docs/runbook.md).");
    }

    /// <summary>What `strata check` reports: every check's outcome; fails when an error-severity check failed.</summary>
    private sealed record CheckReport(IReadOnlyList<CheckResult> Checks) : IOutcome
    {
        public bool Passed => !Checks.Any(check => check.Blocks);

        [System.Text.Json.Serialization.JsonIgnore]
        public bool Succeeded => Passed;
    }
}
