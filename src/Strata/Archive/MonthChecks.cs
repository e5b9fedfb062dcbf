using System.Globalization;
using Strata.ClickHouse;
using Strata.Pipeline.Graph;
using Strata.Quality;

namespace Strata.Archive;

/// <summary>A month's days without sales in ClickHouse, and how many sales the raw tier has on each of them.</summary>
public sealed record MonthGaps(IReadOnlyList<DateOnly> Missing, IReadOnlyDictionary<DateOnly, long> SourceSales)
{
    /// <summary>Days the raw tier has sales on: the daily load is behind.</summary>
    public IReadOnlyList<DateOnly> Unexplained => [.. Missing.Where(day => SourceSales.GetValueOrDefault(day) > 0)];

    /// <summary>Days without sales anywhere (a shop closed for a holiday).</summary>
    public IReadOnlyList<DateOnly> Explained => [.. Missing.Where(day => SourceSales.GetValueOrDefault(day) == 0)];
}

/// <summary>
/// The monthly pipeline's checks (R4.2, R6.3): before staging, no sale twice and no day missing that the source has;
/// after staging and again after the swap, the archive's per-day figures equal ClickHouse's (rows, distinct sale_ids,
/// revenue, units, distinct customers and products, the sum of sale instants). The month's steps compute the figures
/// and remember them in the month's <see cref="CheckScope"/>; on its own (`strata check --pipeline monthly`) a check
/// computes what it needs.
/// </summary>
public static class MonthChecks
{
    public const string ExpectedKey = "month.expected";
    public const string DuplicatesKey = "month.duplicates";
    public const string GapsKey = "month.gaps";
    public const string StagedKey = "month.staged";
    public const string ArchivedKey = "month.archived";
    public const string MismatchesKey = "month.mismatches";

    private const int MismatchesShown = 5;

    public static DataCheck NoDuplicateSales { get; } = new("no_duplicate_sales_in_month", Datasets.FactSales, Severity.Error,
        "No sale_id appears twice in the month in ClickHouse: the archive keeps one row per sale.",
        async (scope, ct) =>
        {
            var duplicates = await scope.RecallAsync(DuplicatesKey, () => Source(scope).DuplicatesAsync(ct));
            return NoDuplicateSales!.Result(duplicates.SurplusRows, duplicates.SurplusRows == 0
                ? "no repeated sale_id"
                : $"{Month(scope)}: {Count(duplicates.SurplusRows)} surplus row(s) of repeated sale_ids (e.g. {duplicates.Examples})", "one row per sale_id");
        });

    public static DataCheck NoUnexplainedGaps { get; } = new("no_unexplained_gaps_in_month", Datasets.FactSales, Severity.Error,
        "Every day of the month has sales in ClickHouse, or the raw tier has none that day either.",
        async (scope, ct) =>
        {
            var gaps = await scope.RecallAsync(GapsKey, async () => await FindGapsAsync(scope, await ExpectedAsync(scope, ct), ct));
            var unexplained = gaps.Unexplained;
            return NoUnexplainedGaps!.Result(unexplained.Count, unexplained.Count == 0
                ? $"{gaps.Explained.Count} day(s) without sales, none in the source either"
                : $"{Month(scope)}: ClickHouse has no sales on "
                    + string.Join(", ", unexplained.Select(day => $"{day:yyyy-MM-dd} (PostgreSQL has {gaps.SourceSales[day]})"))
                    + "; run the daily load for those days first", "every day with sales in the source has them in ClickHouse");
        });

    /// <summary>Guards verify_staging; not run on its own (after the swap the staging table is gone).</summary>
    public static DataCheck StagingMatchesWarehouse { get; } = new("staging_matches_warehouse", Datasets.HistoricalSalesStage, Severity.Error,
        "Per day, the month's staging table holds exactly ClickHouse's figures, before it is swapped in.",
        (scope, ct) => CompareAsync(StagingMatchesWarehouse!, scope, StagedKey, "staging", () => new ArchiveFigures(Archive(scope),
            Month(scope)).StagedAsync(ct), ct))
    {
        RunsAlone = false,
    };

    public static DataCheck ArchiveMatchesWarehouse { get; } = new("archive_matches_warehouse", Datasets.HistoricalSales, Severity.Error,
        "Per day, historical_sales holds exactly ClickHouse's figures for the month, as readers see it after the swap.",
        (scope, ct) => CompareAsync(ArchiveMatchesWarehouse!, scope, ArchivedKey, "the archive after the swap",
            () => new ArchiveFigures(Archive(scope), Month(scope)).ArchivedAsync(ct), ct));

    public static IEnumerable<DataCheck> All() => [NoDuplicateSales, NoUnexplainedGaps, StagingMatchesWarehouse, ArchiveMatchesWarehouse];

    /// <summary>ClickHouse's per-day figures of the month: what every archive copy must match.</summary>
    public static Task<List<ArchiveDayFigures>> ExpectedAsync(CheckScope scope, CancellationToken cancellationToken) =>
        scope.RecallAsync(ExpectedKey, () => Source(scope).DayFiguresAsync(cancellationToken));

    /// <summary>The month's days ClickHouse has no sales on, and the raw tier's sales on each of them.</summary>
    public static async Task<MonthGaps> FindGapsAsync(CheckScope scope, IReadOnlyList<ArchiveDayFigures> expected, CancellationToken cancellationToken)
    {
        var month = Month(scope);
        var present = expected.Select(day => day.Day).ToHashSet();
        var missing = month.EachDay.Where(day => !present.Contains(day)).ToList();
        var inSource = missing.Count == 0 ? [] : await SourceDays.SalesPerDayAsync(scope.Raw, month, cancellationToken);
        return new MonthGaps(missing, inSource);
    }

    private static async Task<CheckResult> CompareAsync(
        DataCheck check, CheckScope scope, string key, string where, Func<Task<List<ArchiveDayFigures>>> read, CancellationToken cancellationToken)
    {
        var expected = await ExpectedAsync(scope, cancellationToken);
        var actual = await scope.RecallAsync(key, read);
        var mismatches = ArchiveDayFigures.Compare(expected, actual);
        scope.Remember(MismatchesKey, mismatches);
        return check.Result(mismatches.Count, mismatches.Count == 0
            ? $"{actual.Count} day(s) equal"
            : $"{Month(scope)}: {where} disagrees with ClickHouse on {mismatches.Count} figure(s): {string.Join("; ", mismatches.Take(MismatchesShown))}",
            "every figure of every day equal to ClickHouse's");
    }

    private static ArchiveMonth Month(CheckScope scope) => ArchiveMonth.Of(scope.First);

    private static ArchiveDatabase Archive(CheckScope scope) => scope.Archive ?? throw new InvalidOperationException("This check needs the archive tier.");

    /// <summary>The month in ClickHouse, for its figures (nothing is pushed, so no archive target is needed).</summary>
    private static WarehouseMonth Source(CheckScope scope) => new(scope.Warehouse, new ClickHouseParameters(), Month(scope));

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
