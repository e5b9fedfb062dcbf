using System.CommandLine;
using Spectre.Console;
using Strata.ClickHouse;
using Strata.Warehouse;
using Strata.Cli.Hosting;
using Strata.Cli.Output;
using Strata.Pipeline;
using Strata.Pipeline.Graph;
using Strata.Postgres;
using Strata.Warehouse.Daily;

namespace Strata.Cli.Commands;

/// <summary>`strata run daily --date D` or `--from A --to B`: PostgreSQL -> ClickHouse, extract, transform, load, reconcile.</summary>
internal static class RunDailyCommand
{
    public static Command Create(CommandRunner runner)
    {
        var date = CliOptions.Date("--date", "The logical date (a UTC day, YYYY-MM-DD) to load.");
        var from = CliOptions.Date("--from", "First day of a range to load in one set-based pass (with --to).");
        var to = CliOptions.Date("--to", "Last day of the range (inclusive).");
        var flags = new RunFlags([.. PipelineCatalogue.Daily.Steps.Select(step => step.Name)]);
        var command = new Command("daily",
            "Load the sales of a day (or a range) plus everything changed since the last run from PostgreSQL into ClickHouse; "
            + "exit 1 if any step or check fails.")
        {
            date, from, to,
        };
        flags.AddTo(command);
        command.Validators.Add(result =>
        {
            var single = result.GetResult(date) is not null;
            var range = result.GetResult(from) is not null || result.GetResult(to) is not null;
            if (single == range || (range && (result.GetResult(from) is null || result.GetResult(to) is null)))
            {
                result.AddError("Give either --date D, or both --from A and --to B.");
            }
            else if (range && result.TryGetValue(from, out var first) && result.TryGetValue(to, out var last) && first > last)
            {
                result.AddError($"--from {first:yyyy-MM-dd} is after --to {last:yyyy-MM-dd}.");
            }
            else if (result.TryGetValue(single ? date : to, out var latest) && latest > DateOnly.FromDateTime(DateTime.UtcNow))
            {
                result.AddError("A logical date after today (UTC) has no sales yet: load days that have happened.");
            }
        });
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            (context, ct) => RunAsync(context, parsed.GetResult(date) is not null
                ? DailyRange.Day(parsed.GetValue(date))
                : DailyRange.Between(parsed.GetValue(from), parsed.GetValue(to)), flags.Apply(parsed, new DailyOptions()), ct),
            Render,
            cancellationToken));
        return command;
    }

    private static async Task<DailyOutcome> RunAsync(CommandContext context, DailyRange range, DailyOptions options, CancellationToken cancellationToken)
    {
        await using var raw = new PostgresDatabase(context.Settings.Raw);
        // The embedded engine takes most of a second to start (libchdb, then every table of the store); PostgreSQL's
        // first session opens meanwhile, so the run's first statements there do not pay for it.
        var warming = raw.WarmUpAsync(cancellationToken);
        await using var clickHouse = await ClickHouseEngines.OpenAsync(context.Settings, cancellationToken);
        await warming;
        var runner = new DailyRunner(clickHouse, raw, context.LoggerFactory);
        var summary = await runner.RunAsync(range, options with
        {
            Observer = PipelineObservers.Create(context, raw),
            Sql = WarehouseSql.For(context.Settings),
        }, cancellationToken);
        return new DailyOutcome(summary);
    }

    private static void Render(DailyOutcome outcome, IAnsiConsole console)
    {
        StepTable.Write(outcome.Steps, console);
        CheckTable.Write(outcome.Checks, console);
        foreach (var account in outcome.Reconciliation.Tables)
        {
            console.WriteLine($"{account.Table}: read {StepTable.Number(account.Read)}, loaded {StepTable.Number(account.Loaded)}, "
                + $"duplicates {StepTable.Number(account.Duplicates)}, quarantined {StepTable.Number(account.Quarantined)}");
        }
        var days = outcome.Dates.Count == 0 ? "no days" : $"{outcome.Dates.Count} day(s), {outcome.Dates[0]:yyyy-MM-dd} to {outcome.Dates[^1]:yyyy-MM-dd}";
        console.WriteLine($"Daily run {outcome.Status}: {days}; reconciliation {(outcome.Reconciliation.Matched ? "matched" : "did not match")}. "
            + $"Run {outcome.RunId} (strata runs show {outcome.RunId}).");
        foreach (var error in outcome.Steps.Select(s => s.Error).OfType<string>())
        {
            console.WriteLine(error);
        }
    }

    /// <summary>The engine's summary as the command prints it, exiting with 1 when the run failed.</summary>
    private sealed record DailyOutcome : DailySummary, IOutcome
    {
        public DailyOutcome(DailySummary summary) : base(summary)
        {
        }

        [System.Text.Json.Serialization.JsonIgnore]
        public bool Succeeded => Status == PipelineStatus.Succeeded;
    }
}
