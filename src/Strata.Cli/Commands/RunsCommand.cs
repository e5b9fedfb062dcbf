using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Cli.Output;
using Strata.Diagnostics;
using Strata.Pipeline;
using Strata.Pipeline.Graph;
using Strata.Pipeline.History;
using Strata.Postgres;

namespace Strata.Cli.Commands;

/// <summary>`strata runs list|show`: the run history of every pipeline (strata_meta in the raw tier).</summary>
internal static class RunsCommand
{
    public static Command Create(CommandRunner runner)
    {
        var pipeline = new Option<string?>("--pipeline") { Description = "Only this pipeline's runs (backup: the backups taken)." };
        pipeline.AcceptOnlyFromAmong([.. PipelineCatalogue.All.Select(p => p.Name), Strata.Backups.BackupRunner.Pipeline]);
        var limit = CliOptions.Number("--limit", "How many runs, newest first.", 20, "a whole number of runs (20)");
        var list = new Command("list", "The latest runs, newest first, with each step's last attempt.") { pipeline, limit };
        list.SetAction((parsed, cancellationToken) => runner.RunAsync(parsed, async (context, ct) =>
        {
            await using var raw = new PostgresDatabase(context.Settings.Raw);
            return new RunList(await new RunHistoryReader(raw).ListAsync(parsed.GetValue(pipeline), Math.Max(parsed.GetValue(limit), 1), ct));
        }, RenderList, cancellationToken));

        var runId = new Argument<string>("run-id") { Description = "The run's id (as `strata runs list` and every run's summary give it)." };
        var show = new Command("show", "One run: every step's last attempt and the data-quality results.") { runId };
        show.SetAction((parsed, cancellationToken) => runner.RunAsync(parsed, async (context, ct) =>
        {
            await using var raw = new PostgresDatabase(context.Settings.Raw);
            var id = RunIds.Parse(parsed.GetValue(runId)!);
            return await new RunHistoryReader(raw).ShowAsync(id, ct)
                ?? throw new StrataException($"The run history has no run {id}: list the recent ones with `strata runs list`.");
        }, RenderShow, cancellationToken));

        return new Command("runs", "The run history of every pipeline: what ran, when, how long, with what outcome.") { list, show };
    }

    private static void RenderList(RunList list, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("run", "pipeline", "partition", "status", "trigger", "started (UTC)", "seconds",
            "steps");
        foreach (var run in list.Runs)
        {
            var seconds = run.FinishedAt is { } finished ? (finished - run.StartedAt).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "";
            table.AddRow(run.RunId.ToString(), run.Pipeline, Markup.Escape(run.Partition), run.Status, run.Trigger,
                run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), seconds,
                Markup.Escape(string.Join(" ", run.Steps.Select(step => $"{step.Name}:{step.Status}"))));
        }
        console.Write(table);
        console.WriteLine(list.Runs.Count == 0 ? "No runs recorded yet." : "Details of one run: strata runs show RUN_ID");
    }

    private static void RenderShow(RunRecord run, IAnsiConsole console)
    {
        console.WriteLine($"Run {run.RunId}: {run.Pipeline} {run.Partition}, {run.Status} ({run.Trigger}), started {run.StartedAt:yyyy-MM-dd HH:mm:ss}Z");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("step", "status", "attempt", "ms", "rows in", "rows out", "peak MB", "error");
        foreach (var step in run.Steps)
        {
            table.AddRow(Markup.Escape(step.Name), step.Status, step.Attempt.ToString(CultureInfo.InvariantCulture), StepTable.Number(step.DurationMs),
                StepTable.Number(step.RowsIn), StepTable.Number(step.RowsOut), step.PeakMemoryMb.ToString("F1", CultureInfo.InvariantCulture),
                Markup.Escape(step.Error ?? ""));
        }
        console.Write(table);
        CheckTable.Write(run.Checks ?? [], console);
        if (run.Error is not null)
        {
            console.WriteLine(run.Error);
        }
    }

    /// <summary>What `strata runs list` prints.</summary>
    private sealed record RunList(IReadOnlyList<RunRecord> Runs);
}
