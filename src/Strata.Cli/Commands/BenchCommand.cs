using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Strata.Benchmarking;
using Strata.Cli.Hosting;
using Strata.Cli.Output;

namespace Strata.Cli.Commands;

/// <summary>
/// `strata bench --sales N [--stages a,b] [--reset]`: generate, ingest, load, increment, archive and report N sales, each
/// stage measured next to its own raw limit.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CommandRunner runner)
    {
        var sales = new Option<long>("--sales")
        {
            Description = "Number of sales to generate, ingest and load (two years of history).",
            Required = true,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
                {
                    return count;
                }
                result.AddError($"--sales expects a whole number of at least 1, not '{text}'.");
                return 0;
            },
        };
        var stages = new Option<IReadOnlyList<string>>("--stages")
        {
            Description = $"Comma-separated stages to run (default: all, in this order): {string.Join(",", BenchStages.All)}. "
                + "A stage works on what the stores hold, so a subset measures again over the data of an earlier run.",
            DefaultValueFactory = _ => BenchStages.All,
            CustomParser = result =>
            {
                var (parsed, unknown) = BenchStages.Parse(string.Join(",", result.Tokens.Select(token => token.Value)));
                if (unknown.Count > 0 || parsed.Count == 0)
                {
                    result.AddError($"--stages takes some of {string.Join(", ", BenchStages.All)}, not '{string.Join(", ", unknown)}'.");
                }
                return parsed;
            },
        };
        var reset = new Option<bool>("--reset")
        {
            Description = "Empty the stores the selected stages load from scratch first (the raw tier's tables, every table of the "
                + "ClickHouse database, the archive's tables). Without it the benchmark refuses to run over stores that hold data.",
        };
        var command = new Command("bench",
            "Measure the pipeline on N generated sales: generate, ingest, the daily load of the whole history, a nightly increment, "
            + "the monthly archive and the reports; seconds, rows/s and peak memory per stage, next to the stage's own raw limit "
            + "measured in the same run. Leaves the data in the configured stores.")
        {
            sales, stages, reset,
        };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            (context, ct) => new BenchRunner(context.Settings, context.LoggerFactory)
                .RunAsync(new BenchOptions(parsed.GetValue(sales), parsed.GetValue(reset)) { Stages = parsed.GetValue(stages)! }, ct),
            Render,
            cancellationToken));
        return command;
    }

    private static void Render(BenchSummary summary, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("stage", "rows", "seconds", "rows/s", "peak MB", "raw limit s", "ratio");
        foreach (var stage in summary.Stages)
        {
            table.AddRow(stage.Name, StepTable.Number(stage.Rows), Seconds(stage.Seconds), StepTable.Number((long)stage.RowsPerS),
                stage.PeakMemoryMb.ToString("F1", CultureInfo.InvariantCulture), Seconds(stage.RawLimitSeconds),
                stage.Ratio.ToString("F2", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        console.WriteLine("peak MB: the process's peak resident memory during the stage (the embedded ClickHouse included); "
            + "raw limit: the same work's floor on this machine, measured in this run (docs/benchmark.md).");
        if (summary.DailySteps.Count > 0)
        {
            console.WriteLine("The daily load's steps:");
            StepTable.Write(summary.DailySteps, console);
        }
        if (summary.RawLimit is { } limit)
        {
            console.WriteLine($"daily_load took {summary.RatioToRawLimit?.ToString("F2", CultureInfo.InvariantCulture)}x the raw limit "
                + "(ClickHouse pulling the same sales from PostgreSQL into a bare table; "
                + $"the faster of the pulls before and after the daily load: {string.Join(" s, ", limit.PullSeconds.Select(Seconds))} s).");
        }
        if (summary.Reports.Count > 0)
        {
            var reports = new Table().Border(TableBorder.Rounded).AddColumns("tier", "report", "rows", "p95 ms");
            foreach (var report in summary.Reports)
            {
                reports.AddRow(report.Tier, report.Name, StepTable.Number(report.Rows), report.P95Ms.ToString("F1", CultureInfo.InvariantCulture));
            }
            console.Write(reports);
        }
    }

    private static string Seconds(double seconds) => seconds.ToString("F3", CultureInfo.InvariantCulture);
}
