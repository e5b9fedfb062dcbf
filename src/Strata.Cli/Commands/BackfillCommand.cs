using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Strata.Archive;
using Strata.ClickHouse;
using Strata.Cli.Hosting;
using Strata.Pipeline;
using Strata.Pipeline.History;
using Strata.Postgres;
using Strata.Warehouse;
using Strata.Warehouse.Daily;

namespace Strata.Cli.Commands;

/// <summary>
/// `strata backfill --pipeline daily|monthly --from A --to B [--dry-run]`: the plan (which partitions, which are
/// already done according to the run history), then the runs, one set-based run per stretch of partitions not done.
/// </summary>
internal static class BackfillCommand
{
    public static Command Create(CommandRunner runner)
    {
        var pipeline = new Option<string>("--pipeline") { Description = "daily (days, YYYY-MM-DD) or monthly (months, YYYY-MM).", Required = true };
        pipeline.AcceptOnlyFromAmong([DailyRunner.Pipeline, MonthlyRunner.Pipeline]);
        var from = new Option<string>("--from") { Description = "The first partition: a day for daily, a month for monthly.", Required = true };
        var to = new Option<string>("--to") { Description = "The last partition (inclusive).", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan and run nothing." };
        var command = new Command("backfill", "Run a pipeline over a stretch of past partitions, skipping those a succeeded run already covered.")
        {
            pipeline, from, to, dryRun,
        };
        command.Validators.Add(result =>
        {
            if (result.TryGetValue(pipeline, out var name) && result.TryGetValue(from, out var first) && result.TryGetValue(to, out var last)
                && Partitions(name, first, last) is { Problem: { } problem })
            {
                result.AddError(problem);
            }
        });
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            (context, ct) => BackfillAsync(context, parsed.GetValue(pipeline)!, parsed.GetValue(from)!, parsed.GetValue(to)!, parsed.GetValue(dryRun), ct),
            Render,
            cancellationToken));
        return command;
    }

    private static async Task<BackfillSummary> BackfillAsync(CommandContext context, string pipeline, string from, string to, bool dryRun,
        CancellationToken cancellationToken)
    {
        var partitions = Partitions(pipeline, from, to).Partitions;
        await using var raw = new PostgresDatabase(context.Settings.Raw);
        var plan = await BackfillPlan.ForAsync(raw, pipeline, partitions, cancellationToken);
        var stretches = plan.ToRun.Select(stretch => new Stretch(Name(pipeline, stretch.First), Name(pipeline, stretch.Last))).ToList();
        var summary = new BackfillSummary(PipelineStatus.Succeeded, pipeline, from, to, partitions.Count, plan.Done, stretches, dryRun, []);
        if (dryRun || plan.ToRun.Count == 0)
        {
            return summary;
        }
        await using var warehouse = await ClickHouseEngines.OpenAsync(context.Settings, cancellationToken);
        var options = new DailyOptions
        {
            Trigger = Triggers.Backfill,
            Observer = PipelineObservers.Create(context, raw),
            Sql = WarehouseSql.For(context.Settings),
        };
        var runs = new List<BackfillRun>();
        foreach (var (first, last) in plan.ToRun)
        {
            var (status, runId, error) = pipeline == DailyRunner.Pipeline
                ? await DailyAsync(new DailyRunner(warehouse, raw, context.LoggerFactory), new DailyRange(first, last), options, cancellationToken)
                : await MonthlyAsync(new MonthlyRunner(warehouse, context.Settings.Archive, raw, context.LoggerFactory),
                    ArchiveMonth.Range(ArchiveMonth.Of(first), ArchiveMonth.Of(last)), options, cancellationToken);
            runs.Add(new BackfillRun($"{Name(pipeline, first)}..{Name(pipeline, last)}", status, runId, error));
            if (status != PipelineStatus.Succeeded)
            {
                break;
            }
        }
        var outcome = runs.All(run => run.Status == PipelineStatus.Succeeded) ? PipelineStatus.Succeeded : PipelineStatus.Failed;
        return summary with { Status = outcome, Runs = runs };
    }

    private static async Task<(string, Guid, string?)> DailyAsync(DailyRunner runner, DailyRange range, DailyOptions options,
        CancellationToken cancellationToken)
    {
        var summary = await runner.RunAsync(range, options, cancellationToken);
        return (summary.Status, summary.RunId, summary.Steps.FirstOrDefault(step => step.Error is not null)?.Error);
    }

    private static async Task<(string, Guid, string?)> MonthlyAsync(
        MonthlyRunner runner, IReadOnlyList<ArchiveMonth> months, RunOptions options, CancellationToken cancellationToken)
    {
        var summary = await runner.RunAsync(months, options, cancellationToken);
        return (summary.Status, summary.RunId, summary.Error);
    }

    /// <summary>The partitions from..to of the pipeline (days, or months as their days), or why the range is not one.</summary>
    private static (IReadOnlyList<(DateOnly First, DateOnly Last, string Name)> Partitions, string? Problem) Partitions(string pipeline, string from, string to)
    {
        var monthly = pipeline == MonthlyRunner.Pipeline;
        var format = monthly ? "yyyy-MM" : "yyyy-MM-dd";
        var spelled = monthly ? "YYYY-MM" : "YYYY-MM-DD";
        if (!DateOnly.TryParseExact(monthly ? from + "-01" : from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || !DateOnly.TryParseExact(monthly ? to + "-01" : to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last))
        {
            return ([], $"--from and --to of the {pipeline} pipeline are written {spelled} (not '{from}', '{to}').");
        }
        if (last < first)
        {
            return ([], $"--to {to} is before --from {from}.");
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (monthly)
        {
            var months = ArchiveMonth.Range(ArchiveMonth.Of(first), ArchiveMonth.Of(last));
            return months[^1].LastDay >= today
                ? ([], $"{months[^1]} has not ended yet: only complete months are archived.")
                : ([.. months.Select(month => (month.FirstDay, month.LastDay, month.ToString()))], null);
        }
        return last > today
            ? ([], "A day after today (UTC) has no sales yet.")
            : ([.. Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(offset => first.AddDays(offset))
                .Select(day => (day, day, day.ToString(format, CultureInfo.InvariantCulture)))], null);
    }

    private static string Name(string pipeline, DateOnly day) =>
        day.ToString(pipeline == MonthlyRunner.Pipeline ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Render(BackfillSummary summary, IAnsiConsole console)
    {
        console.WriteLine($"{summary.Pipeline} {summary.From}..{summary.To}: {summary.Partitions} partition(s), {summary.Done.Count} already done, "
            + $"{summary.ToRun.Count} run(s) to do{(summary.DryRun ? " (dry run: nothing was run)" : "")}.");
        foreach (var stretch in summary.ToRun)
        {
            console.WriteLine($"  to run: {stretch.From}..{stretch.To}");
        }
        foreach (var run in summary.Runs)
        {
            console.WriteLine($"  {run.Partition}: {run.Status} (run {run.RunId}){(run.Error is null ? "" : ": " + run.Error)}");
        }
    }

    private sealed record Stretch(string From, string To);

    private sealed record BackfillRun(string Partition, string Status, Guid RunId, string? Error);

    /// <summary>The plan and, unless a dry run, what each run did; fails when a run failed (the later stretches are not started).</summary>
    private sealed record BackfillSummary(
        string Status, string Pipeline, string From, string To, int Partitions, IReadOnlyList<string> Done, IReadOnlyList<Stretch> ToRun, bool DryRun,
        IReadOnlyList<BackfillRun> Runs) : IOutcome
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public bool Succeeded => Status == PipelineStatus.Succeeded;
    }
}
