using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Strata.ClickHouse;
using Strata.Cli.Hosting;
using Strata.Cli.Output;
using Strata.Archive;
using Strata.Pipeline;
using Strata.Postgres;

namespace Strata.Cli.Commands;

/// <summary>`strata run monthly --month M` or `--from A --to B`: ClickHouse -> archive tier (Greenplum or its PostgreSQL stand-in).</summary>
internal static class RunMonthlyCommand
{
    public static Command Create(CommandRunner runner)
    {
        var month = new Option<string?>("--month") { Description = "The month to archive (UTC, YYYY-MM)." };
        var from = new Option<string?>("--from") { Description = "First month of a range to archive, oldest first (with --to)." };
        var to = new Option<string?>("--to") { Description = "Last month of the range (inclusive)." };
        var command = new Command("monthly",
            "Archive complete months from ClickHouse into the archive tier: check, stage, verify, swap atomically, verify again, "
            + "SCD2 dimensions, ledger; exit 1 if any step or check fails.")
        {
            month, from, to,
        };
        command.Validators.Add(result =>
        {
            var single = result.GetValue(month) is not null;
            var range = result.GetValue(from) is not null || result.GetValue(to) is not null;
            if (single == range || (range && (result.GetValue(from) is null || result.GetValue(to) is null)))
            {
                result.AddError("Give either --month M, or both --from A and --to B (YYYY-MM).");
            }
        });
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            (context, ct) => RunAsync(context, parsed.GetValue(month) is { } single
                ? [ArchiveMonth.Parse(single)]
                : ArchiveMonth.Range(ArchiveMonth.Parse(parsed.GetValue(from)!), ArchiveMonth.Parse(parsed.GetValue(to)!)), ct),
            Render,
            cancellationToken));
        return command;
    }

    private static async Task<MonthlyOutcome> RunAsync(CommandContext context, IReadOnlyList<ArchiveMonth> months, CancellationToken cancellationToken)
    {
        await using var clickHouse = await ClickHouseEngines.OpenAsync(context.Settings, cancellationToken);
        await using var raw = new PostgresDatabase(context.Settings.Raw);
        var runner = new MonthlyRunner(clickHouse, context.Settings.Archive, raw, context.LoggerFactory);
        return new MonthlyOutcome(await runner.RunAsync(months, Checkpoints.None, cancellationToken));
    }

    private static void Render(MonthlyOutcome outcome, IAnsiConsole console)
    {
        StepTable.Write(outcome.Steps, console);
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
