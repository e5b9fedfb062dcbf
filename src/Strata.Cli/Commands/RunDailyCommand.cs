using System.CommandLine;
using Spectre.Console;
using Strata.ClickHouse;
using Strata.Warehouse;
using Strata.Warehouse.Daily;
using Strata.Cli.Hosting;
using Strata.Cli.Output;
using Strata.Pipeline;
using Strata.Postgres;

namespace Strata.Cli.Commands;

/// <summary>`strata run daily --date D` or `--from A --to B`: PostgreSQL -> ClickHouse, extract, transform, load, reconcile.</summary>
internal static class RunDailyCommand
{
    public static Command Create(CommandRunner runner)
    {
        var date = new Option<DateOnly>("--date") { Description = "The logical date (a UTC day, yyyy-MM-dd) to load." };
        var from = new Option<DateOnly>("--from") { Description = "First day of a range to load in one set-based pass (with --to)." };
        var to = new Option<DateOnly>("--to") { Description = "Last day of the range (inclusive)." };
        var command = new Command("daily",
            "Load the sales of a day (or a range) plus everything changed since the last run from PostgreSQL into ClickHouse; "
            + "exit 1 if any step or check fails.")
        {
            date, from, to,
        };
        command.Validators.Add(result =>
        {
            var single = result.GetResult(date) is not null;
            var range = result.GetResult(from) is not null || result.GetResult(to) is not null;
            if (single == range || (range && (result.GetResult(from) is null || result.GetResult(to) is null)))
            {
                result.AddError("Give either --date D, or both --from A and --to B.");
            }
        });
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            (context, ct) => RunAsync(context, parsed.GetResult(date) is not null
                ? DailyRange.Day(parsed.GetValue(date))
                : DailyRange.Between(parsed.GetValue(from), parsed.GetValue(to)), ct),
            Render,
            cancellationToken));
        return command;
    }

    private static async Task<DailyOutcome> RunAsync(CommandContext context, DailyRange range, CancellationToken cancellationToken)
    {
        await using var clickHouse = await ClickHouseEngines.OpenAsync(context.Settings, cancellationToken);
        await using var postgres = new PostgresDatabase(context.Settings.Raw);
        var runner = new DailyRunner(clickHouse, postgres, context.LoggerFactory);
        return new DailyOutcome(await runner.RunAsync(range, new DailyOptions { Sql = WarehouseSql.For(context.Settings) }, cancellationToken));
    }

    private static void Render(DailyOutcome outcome, IAnsiConsole console)
    {
        StepTable.Write(outcome.Steps, console);
        foreach (var account in outcome.Reconciliation.Tables)
        {
            console.WriteLine($"{account.Table}: read {StepTable.Number(account.Read)}, loaded {StepTable.Number(account.Loaded)}, "
                + $"duplicates {StepTable.Number(account.Duplicates)}, quarantined {StepTable.Number(account.Quarantined)}");
        }
        var days = outcome.Dates.Count == 0 ? "no days" : $"{outcome.Dates.Count} day(s), {outcome.Dates[0]:yyyy-MM-dd} to {outcome.Dates[^1]:yyyy-MM-dd}";
        console.WriteLine($"Daily run {outcome.Status}: {days}; reconciliation {(outcome.Reconciliation.Matched ? "matched" : "did not match")}.");
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
