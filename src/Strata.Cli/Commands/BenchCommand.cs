using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Strata.Benchmarking;
using Strata.Cli.Hosting;
using Strata.Cli.Output;

namespace Strata.Cli.Commands;

/// <summary>`strata bench --sales N [--reset]`: generate, ingest and load N sales, each stage measured, next to the raw limit.</summary>
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
        var reset = new Option<bool>("--reset")
        {
            Description = "Empty the configured raw tier and drop every table of the configured ClickHouse database first. "
                + "Without it the benchmark refuses to run over stores that hold data.",
        };
        var command = new Command("bench",
            "Measure the pipeline: generate N sales, ingest them, load ClickHouse (one daily run over the whole history); "
            + "rows/s, seconds and peak memory per stage, next to the raw limit (ClickHouse pulling the same rows with postgresql()). "
            + "Leaves the data in the configured stores.")
        {
            sales, reset,
        };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            (context, ct) => new BenchRunner(context.Settings, context.LoggerFactory)
                .RunAsync(new BenchOptions(parsed.GetValue(sales), parsed.GetValue(reset)), ct),
            Render,
            cancellationToken));
        return command;
    }

    private static void Render(BenchSummary summary, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("stage", "rows", "seconds", "rows/s", "peak MB");
        foreach (var stage in summary.Stages)
        {
            table.AddRow(stage.Name, StepTable.Number(stage.Rows), Seconds(stage.Seconds), StepTable.Number((long)stage.RowsPerS),
                stage.PeakMemoryMb.ToString("F1", CultureInfo.InvariantCulture));
        }
        table.AddRow("raw limit", StepTable.Number(summary.Sales), Seconds(summary.RawLimit.Seconds), StepTable.Number((long)summary.RawLimit.RowsPerS), "");
        console.Write(table);
        console.WriteLine("peak MB: the process's peak resident memory during the stage (the embedded ClickHouse included).");
        console.WriteLine("The daily load's steps:");
        StepTable.Write(summary.DailySteps, console);
        console.WriteLine($"daily_load took {summary.RatioToRawLimit.ToString("F2", CultureInfo.InvariantCulture)}x the raw limit "
            + "(ClickHouse pulling the same sales from PostgreSQL into a bare table; "
            + $"the faster of the pulls before and after the daily load: {string.Join(" s, ", summary.RawLimit.PullSeconds.Select(Seconds))} s).");
    }

    private static string Seconds(double seconds) => seconds.ToString("F3", CultureInfo.InvariantCulture);
}
