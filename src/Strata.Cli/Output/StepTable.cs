using System.Globalization;
using Spectre.Console;
using Strata.Pipeline;

namespace Strata.Cli.Output;

/// <summary>A pipeline run's steps as a table for people: name, status, duration, rows in and out, peak memory.</summary>
internal static class StepTable
{
    public static void Write(IEnumerable<StepResult> steps, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("step", "status", "ms", "rows in", "rows out", "peak MB");
        foreach (var step in steps)
        {
            table.AddRow(step.Name, step.Status, Number(step.DurationMs), Number(step.RowsIn), Number(step.RowsOut),
                step.PeakMemoryMb.ToString("F1", CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
