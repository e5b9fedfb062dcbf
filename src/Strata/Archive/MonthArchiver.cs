using Strata.Configuration;
using Strata.Pipeline;
using Strata.Postgres;
using Strata.Quality;
using Strata.Raw;

namespace Strata.Archive;

/// <summary>
/// The steps of archiving one month (<see cref="MonthlySteps"/>), each a function of the month that can run again,
/// in this process after the one before or on its own in another (an orchestrator's task per step): ClickHouse's
/// figures, a fresh staging table filled by ClickHouse (the month's returns staged alongside), the staged figures, one
/// atomic swap (then the month's returns replaced), the archived figures,
/// SCD2 dimensions, the monthly summaries, the ledger. The steps compute the figures and remember them in the month's
/// <see cref="CheckScope"/>; the checks that guard the steps (<see cref="MonthChecks"/>) judge them.
/// </summary>
public sealed class MonthArchiver(MonthlyRun run, ArchiveMonth month)
{
    private readonly WarehouseMonth source = new(run.Warehouse, run.ArchiveTarget, month);
    private MonthReturns Returns => new(run.Archive, source, month);
    private CheckScope? scope;
    private IReadOnlyList<DimensionChanges> dimensions = [];
    private long stagedRows;

    public IReadOnlyList<(string Name, Func<CancellationToken, Task<StepRows>> Run)> Steps =>
    [
        (MonthlySteps.Check, CheckAsync),
        (MonthlySteps.Stage, StageAsync),
        (MonthlySteps.VerifyStaging, VerifyStagingAsync),
        (MonthlySteps.Swap, SwapAsync),
        (MonthlySteps.VerifyArchive, VerifyArchiveAsync),
        (MonthlySteps.Dimensions, DimensionsAsync),
        (MonthlySteps.Summaries, SummariesAsync),
        (MonthlySteps.Ledger, LedgerAsync),
    ];

    public ArchiveMonth Month => month;

    /// <summary>What this month's steps have learned and its checks judge; made once the archive is connected.</summary>
    public CheckScope Checks => scope ??= new CheckScope(run.Raw, run.Warehouse, month.FirstDay, month.LastDay) { Archive = run.Archive };

    public MonthVerification Verification()
    {
        var expected = Checks.Known<List<ArchiveDayFigures>>(MonthChecks.ExpectedKey) ?? [];
        var archived = Checks.Known<List<ArchiveDayFigures>>(MonthChecks.ArchivedKey);
        var mismatches = Checks.Known<List<FigureMismatch>>(MonthChecks.MismatchesKey) ?? [];
        return new MonthVerification(
            month.ToString(), expected.Sum(d => d.SaleRows), expected.Sum(d => d.Revenue), stagedRows,
            archived?.Sum(d => d.SaleRows) ?? 0, archived?.Sum(d => d.Revenue) ?? 0,
            Checks.Known<MonthDuplicates>(MonthChecks.DuplicatesKey)?.SurplusRows ?? 0,
            Checks.Known<MonthGaps>(MonthChecks.GapsKey)?.Explained ?? [],
            mismatches,
            Matched: archived is not null && mismatches.Count == 0);
    }

    /// <summary>ClickHouse's figures of the month, its repeated sale_ids and its days without sales (judged by the step's checks).</summary>
    private async Task<StepRows> CheckAsync(CancellationToken cancellationToken)
    {
        var expected = await MonthChecks.ExpectedAsync(Checks, cancellationToken);
        Checks.Remember(MonthChecks.DuplicatesKey, await source.DuplicatesAsync(cancellationToken));
        var gaps = await MonthChecks.FindGapsAsync(Checks, expected, cancellationToken);
        Checks.Remember(MonthChecks.GapsKey, gaps);
        foreach (var day in gaps.Explained)
        {
            ArchiveLog.GapExplained(run.Logger, month, day);
        }
        var rows = expected.Sum(d => d.SaleRows);
        return new StepRows(rows, rows);
    }

    /// <summary>A fresh staging table (whatever a crashed run left is dropped), filled with ClickHouse's month over a binary COPY.</summary>
    private async Task<StepRows> StageAsync(CancellationToken cancellationToken)
    {
        await new ArchivePartitions(run.Archive).EnsureAsync(month, cancellationToken);
        await new StagingTable(run.Archive, month).RecreateAsync(cancellationToken);
        stagedRows = (long)await MonthCopy.CopyAsync(run.Warehouse, run.Archive, month, run.ArchivedAt, cancellationToken);
        await Returns.StageAsync(run.ArchivedAt, cancellationToken);
        return new StepRows(await ExpectedRowsAsync(cancellationToken), stagedRows);
    }

    private async Task<StepRows> VerifyStagingAsync(CancellationToken cancellationToken)
    {
        var staged = await new ArchiveFigures(run.Archive, month).StagedAsync(cancellationToken);
        Checks.Remember(MonthChecks.StagedKey, staged);
        stagedRows = staged.Sum(d => d.SaleRows);
        return new StepRows(stagedRows, stagedRows);
    }

    private async Task<StepRows> SwapAsync(CancellationToken cancellationToken)
    {
        var expected = await MonthChecks.ExpectedAsync(Checks, cancellationToken);
        var rows = expected.Sum(d => d.SaleRows);
        await new MonthSwap(run.Archive, run.Checkpoints).SwapAsync(
            new ArchivedMonth(month, rows, expected.Sum(d => d.Revenue), run.ArchivedAt, run.RunId), cancellationToken);
        await Returns.ReplaceAsync(cancellationToken);
        return new StepRows(rows, rows);
    }

    private async Task<StepRows> VerifyArchiveAsync(CancellationToken cancellationToken)
    {
        var archived = await new ArchiveFigures(run.Archive, month).ArchivedAsync(cancellationToken);
        Checks.Remember(MonthChecks.ArchivedKey, archived);
        return new StepRows(await ExpectedRowsAsync(cancellationToken), archived.Sum(d => d.SaleRows));
    }

    /// <summary>
    /// ClickHouse's dimensions pushed into the archive's stage tables and merged as SCD type 2. A run archiving several
    /// months pushes them once: when they are what an earlier month of the same run pushed (their fingerprint says),
    /// merging them again at a later month would write nothing, so the push and the merge are skipped.
    /// </summary>
    private async Task<StepRows> DimensionsAsync(CancellationToken cancellationToken)
    {
        var fingerprint = await source.DimensionsFingerprintAsync(cancellationToken);
        if (run.PushedDimensions is { } pushed && pushed.Fingerprint == fingerprint)
        {
            dimensions = [.. pushed.Changes.Select(d => d with { VersionsWritten = 0 })];
            return new StepRows(dimensions.Sum(d => d.StagedRows), 0);
        }
        await using (var connection = await run.Archive.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(run.Archive.Statements.TruncateStageDimensions(), cancellationToken);
        }
        await source.PushDimensionsAsync(cancellationToken);
        dimensions = await new DimensionHistory(run.Archive, run.Checkpoints).MergeAsync(month, cancellationToken);
        run.PushedDimensions = (fingerprint, dimensions);
        return new StepRows(dimensions.Sum(d => d.StagedRows), dimensions.Sum(d => d.VersionsWritten));
    }

    /// <summary>After the dimensions, so each sale is summed under the versions it now meets.</summary>
    private async Task<StepRows> SummariesAsync(CancellationToken cancellationToken)
    {
        var summarized = await new ArchiveSummaries(run.Archive).RebuildAsync(month, cancellationToken);
        ArchiveLog.Summarized(run.Logger, month, summarized.Months.Count, summarized.Rows);
        return new StepRows(await ExpectedRowsAsync(cancellationToken), summarized.Rows);
    }

    private async Task<StepRows> LedgerAsync(CancellationToken cancellationToken)
    {
        var archived = await Checks.RecallAsync(MonthChecks.ArchivedKey, () => new ArchiveFigures(run.Archive, month).ArchivedAsync(cancellationToken));
        var staged = dimensions.Count > 0 ? dimensions : await new DimensionHistory(run.Archive, run.Checkpoints).StagedAsync(cancellationToken);
        // The archive copies verified rows and drops nothing: no duplicates, nothing quarantined.
        TableAccount[] accounts =
        [
            new("historical_sales", $"clickhouse fact_sales {month}", await ExpectedRowsAsync(cancellationToken), archived.Sum(d => d.SaleRows), 0, 0),
            .. staged.Select(d => new TableAccount(d.History, $"clickhouse dimensions at {month}", d.StagedRows, d.StagedRows, 0, 0)),
        ];
        await LoadLedger.RecordAsync(run.Raw, run.RunId, Tier.Archive, MonthlyRunner.Pipeline, accounts, cancellationToken);
        return new StepRows(accounts.Length, accounts.Length);
    }

    private async Task<long> ExpectedRowsAsync(CancellationToken cancellationToken) =>
        (await MonthChecks.ExpectedAsync(Checks, cancellationToken)).Sum(d => d.SaleRows);
}
