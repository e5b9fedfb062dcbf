using Strata.Configuration;
using Strata.Diagnostics;
using Strata.Pipeline;
using Strata.Postgres;
using Strata.Raw;

namespace Strata.Archive;

/// <summary>
/// The steps of archiving one month (<see cref="MonthlySteps"/>), each a function of the month that can run again:
/// checks in ClickHouse, a fresh staging table filled by ClickHouse, verification, one atomic swap, verification
/// again, SCD2 dimensions, the ledger. What one step learns, the next reads from here.
/// </summary>
public sealed class MonthArchiver(MonthlyRun run, ArchiveMonth month)
{
    private readonly WarehouseMonth source = new(run.Warehouse, run.ArchiveTarget, month);
    private List<ArchiveDayFigures> expected = [];
    private List<ArchiveDayFigures> archived = [];
    private List<FigureMismatch> mismatches = [];
    private List<DateOnly> daysWithoutSales = [];
    private IReadOnlyList<DimensionChanges> dimensions = [];
    private long duplicateRows;
    private long stagedRows;
    private bool verifiedAfterSwap;

    public IReadOnlyList<(string Name, Func<CancellationToken, Task<StepRows>> Run)> Steps =>
    [
        (MonthlySteps.Check, CheckAsync),
        (MonthlySteps.Stage, StageAsync),
        (MonthlySteps.VerifyStaging, VerifyStagingAsync),
        (MonthlySteps.Swap, SwapAsync),
        (MonthlySteps.VerifyArchive, VerifyArchiveAsync),
        (MonthlySteps.Dimensions, DimensionsAsync),
        (MonthlySteps.Ledger, LedgerAsync),
    ];

    public ArchiveMonth Month => month;

    public MonthVerification Verification() => new(
        month.ToString(), ExpectedRows, expected.Sum(d => d.Revenue), stagedRows, archived.Sum(d => d.SaleRows), archived.Sum(d => d.Revenue),
        duplicateRows, daysWithoutSales, mismatches, Matched: verifiedAfterSwap);

    private long ExpectedRows => expected.Sum(d => d.SaleRows);

    /// <summary>No sale_id twice in the month, and every day has sales or the source had none that day either.</summary>
    private async Task<StepRows> CheckAsync(CancellationToken cancellationToken)
    {
        expected = await source.DayFiguresAsync(cancellationToken);
        var duplicates = await source.DuplicatesAsync(cancellationToken);
        duplicateRows = duplicates.SurplusRows;
        if (duplicateRows > 0)
        {
            throw new StrataException($"{month}: ClickHouse fact_sales holds {duplicateRows} surplus row(s) of repeated sale_ids "
                + $"(e.g. {duplicates.Examples}); the archive keeps one row per sale.");
        }
        var present = expected.Select(d => d.Day).ToHashSet();
        var missing = month.EachDay.Where(day => !present.Contains(day)).ToList();
        if (missing.Count > 0)
        {
            var inSource = await SourceDays.SalesPerDayAsync(run.Raw, month, cancellationToken);
            var unexplained = missing.Where(day => inSource.GetValueOrDefault(day) > 0).ToList();
            if (unexplained.Count > 0)
            {
                throw new StrataException(
                    $"{month}: ClickHouse has no sales on {string.Join(", ", unexplained.Select(d => $"{d:yyyy-MM-dd} (PostgreSQL has {inSource[d]})"))}; "
                    + "run the daily load for those days first.");
            }
            missing.ForEach(day => ArchiveLog.GapExplained(run.Logger, month, day));
        }
        daysWithoutSales = missing;
        return new StepRows(ExpectedRows, ExpectedRows);
    }

    /// <summary>A fresh staging table (whatever a crashed run left is dropped), filled by ClickHouse over COPY.</summary>
    private async Task<StepRows> StageAsync(CancellationToken cancellationToken)
    {
        await new ArchivePartitions(run.Archive).EnsureAsync(month, cancellationToken);
        var staging = new StagingTable(run.Archive, month);
        await staging.RecreateAsync(cancellationToken);
        await source.PushAsync(staging.Name, run.ArchivedAt, cancellationToken);
        stagedRows = await staging.CountAsync(cancellationToken);
        return new StepRows(ExpectedRows, stagedRows);
    }

    private async Task<StepRows> VerifyStagingAsync(CancellationToken cancellationToken)
    {
        Verify(await new ArchiveFigures(run.Archive, month).StagedAsync(cancellationToken), "staging");
        return new StepRows(stagedRows, stagedRows);
    }

    private async Task<StepRows> SwapAsync(CancellationToken cancellationToken)
    {
        await new MonthSwap(run.Archive, run.Checkpoints).SwapAsync(
            new ArchivedMonth(month, ExpectedRows, expected.Sum(d => d.Revenue), run.ArchivedAt, run.RunId), cancellationToken);
        return new StepRows(stagedRows, stagedRows);
    }

    private async Task<StepRows> VerifyArchiveAsync(CancellationToken cancellationToken)
    {
        archived = await new ArchiveFigures(run.Archive, month).ArchivedAsync(cancellationToken);
        Verify(archived, "the archive after the swap");
        verifiedAfterSwap = true;
        return new StepRows(ExpectedRows, archived.Sum(d => d.SaleRows));
    }

    private async Task<StepRows> DimensionsAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await run.Archive.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(run.Archive.Statements.TruncateStageDimensions(), cancellationToken);
        }
        await source.PushDimensionsAsync(cancellationToken);
        dimensions = await new DimensionHistory(run.Archive, run.Checkpoints).MergeAsync(month, cancellationToken);
        return new StepRows(dimensions.Sum(d => d.StagedRows), dimensions.Sum(d => d.VersionsWritten));
    }

    private async Task<StepRows> LedgerAsync(CancellationToken cancellationToken)
    {
        // The archive copies verified rows and drops nothing: no duplicates, nothing quarantined.
        TableAccount[] accounts =
        [
            new("historical_sales", $"clickhouse fact_sales {month}", ExpectedRows, archived.Sum(d => d.SaleRows), 0, 0),
            .. dimensions.Select(d => new TableAccount(d.History, $"clickhouse dimensions at {month}", d.StagedRows, d.StagedRows, 0, 0)),
        ];
        await LoadLedger.RecordAsync(run.Raw, run.RunId, Tier.Archive, MonthlyRunner.Pipeline, accounts, cancellationToken);
        return new StepRows(accounts.Length, accounts.Length);
    }

    private void Verify(IReadOnlyList<ArchiveDayFigures> actual, string where)
    {
        mismatches = ArchiveDayFigures.Compare(expected, actual);
        if (mismatches.Count > 0)
        {
            throw new StrataException($"{month}: {where} disagrees with ClickHouse on {mismatches.Count} figure(s): {string.Join("; ", mismatches.Take(5))}.");
        }
    }
}
