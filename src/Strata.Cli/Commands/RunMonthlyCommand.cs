using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Strata.ClickHouse;
using Strata.Cli.Hosting;
using Strata.Cli.Output;
using Strata.Archive;
using Strata.Pipeline;
using Strata.Pipeline.Graph;
using Strata.Postgres;

namespace Strata.Cli.Commands;

/// <summary>`strata run monthly --month M` or `--from A --to B`: ClickHouse -> archive tier (Greenplum or its PostgreSQL stand-in).</summary>
internal static class RunMonthlyCommand
{
    public static Command Create(CommandRunner runner)
    {
        var month = CliOptions.Month("--month", "The month to archive (UTC, YYYY-MM).");
        var from = CliOptions.Month("--from", "First month of a range to archive, oldest first (with --to).");
        var to = CliOptions.Month("--to", "Last month of the range (inclusive).");
        var flags = new RunFlags([.. PipelineCatalogue.Monthly.Steps.Select(step => step.Name)]);
        var command = new Command("monthly",
            "Archive complete months from ClickHouse into the archive tier: check, stage, verify, swap atomically, verify again, "
            + "SCD2 dimensions, the monthly summaries the reports read, ledger; exit 1 if any step or check fails.")
        {
            month, from, to,
        };
        flags.AddTo(command);
        command.Validators.Add(result =>
        {
            var single = result.GetResult(month) is not null;
            var range = result.GetResult(from) is not null || result.GetResult(to) is not null;
            if (single == range || (range && (result.GetResult(from) is null || result.GetResult(to) is null)))
            {
                result.AddError("Give either --month M, or both --from A and --to B (YYYY-MM).");
            }
            else if (range && result.TryGetValue(from, out var first) && result.TryGetValue(to, out var last)
                && first is not null && last is not null && last.Value.Index < first.Value.Index)
            {
                result.AddError($"--to {last} is before --from {first}.");
            }
        });
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            (context, ct) => RunAsync(context, parsed.GetValue(month) is { } single
                ? [single]
                : ArchiveMonth.Range(parsed.GetValue(from)!.Value, parsed.GetValue(to)!.Value), flags.Apply(parsed, new RunOptions()), ct),
            Render,
            cancellationToken));
        return command;
    }

    private static async Task<MonthlyOutcome> RunAsync(CommandContext context, IReadOnlyList<ArchiveMonth> months, RunOptions options,
        CancellationToken cancellationToken)
    {
        await using var clickHouse = await ClickHouseEngines.OpenAsync(context.Settings, cancellationToken);
        await using var raw = new PostgresDatabase(context.Settings.Raw);
        var runner = new MonthlyRunner(clickHouse, context.Settings.Archive, raw, context.LoggerFactory);
        return new MonthlyOutcome(await runner.RunAsync(months, options with { Observer = PipelineObservers.Create(context, raw) }, cancellationToken));
    }

    private static void Render(MonthlyOutcome outcome, IAnsiConsole console)
    {
        StepTable.Write(outcome.Steps, console);
        CheckTable.Write(outcome.Checks, console);
        foreach (var month in outcome.Verification.Months)
        {
            var quiet = month.DaysWithoutSales.Count == 0
                ? ""
                : "; days without sales (none in the source either): "
                    + $"{string.Join(", ", month.DaysWithoutSales.Select(d => d.ToString("dd", CultureInfo.InvariantCulture)))}";
            console.WriteLine($"{month.Month}: ClickHouse {StepTable.Number(month.ClickHouseRows)} rows / "
                + $"{month.ClickHouseRevenue.ToString("N2", CultureInfo.InvariantCulture)}, "
                + $"archive {StepTable.Number(month.ArchivedRows)} rows / {month.ArchivedRevenue.ToString("N2", CultureInfo.InvariantCulture)}, "
                + $"{(month.Matched ? "matched" : "NOT verified")}{quiet}");
        }
        console.WriteLine($"Monthly run {outcome.Status}: {string.Join(", ", outcome.Months)}.");
        if (outcome.Error is not null)
        {
            console.WriteLine(outcome.Error);
        }
    }

    /// <summary>The engine's summary as the command prints it, exiting with 1 when the run failed.</summary>
    private sealed record MonthlyOutcome : MonthlySummary, IOutcome
    {
        public MonthlyOutcome(MonthlySummary summary) : base(summary)
        {
        }
    }
}
