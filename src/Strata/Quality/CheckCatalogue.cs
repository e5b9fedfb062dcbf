using Strata.Archive;
using Strata.Warehouse.Daily;

namespace Strata.Quality;

/// <summary>
/// Every data-quality check Strata has, and which step of which pipeline each guards (R6.1, R6.2, R6.3):
/// <list type="bullet">
/// <item>ingest/load: the raw tier's contract checks (warn), on the rows the ingest wrote;</item>
/// <item>daily/extract: freshness, volume and revenue anomalies of the logical date (warn);</item>
/// <item>daily/transform: the warehouse's contract checks and the custom checks (error), on the staging copies the
/// load is about to swap in, so a failure leaves ClickHouse untouched;</item>
/// <item>daily/reconcile: the cross-tier reconciliation (error);</item>
/// <item>monthly/check, verify_staging, verify_archive: duplicates, gaps, and the archive against ClickHouse (error).</item>
/// </list>
/// </summary>
public static class CheckCatalogue
{
    private static readonly Dictionary<(string Pipeline, string Step), IReadOnlyList<DataCheck>> ByStep = new()
    {
        [("ingest", "load")] = [.. ContractChecks.Raw()],
        [("daily", "extract")] = [.. AnomalyChecks.All()],
        [("daily", "transform")] = [.. ContractChecks.Warehouse(), .. CustomChecks.All()],
        [("daily", "reconcile")] = [ReconciliationCheck.Check],
        [("monthly", "check")] = [MonthChecks.NoDuplicateSales, MonthChecks.NoUnexplainedGaps],
        [("monthly", "verify_staging")] = [MonthChecks.StagingMatchesWarehouse],
        [("monthly", "verify_archive")] = [MonthChecks.ArchiveMatchesWarehouse],
    };

    public static IReadOnlyList<DataCheck> All { get; } = [.. ByStep.Values.SelectMany(checks => checks)];

    /// <summary>The cross-tier comparisons (R6.3): a failure means two tiers disagree, which metrics and alerts single out.</summary>
    public static IReadOnlySet<string> Reconciliations { get; } = new HashSet<string>(
        [ReconciliationCheck.Check.Name, MonthChecks.StagingMatchesWarehouse.Name, MonthChecks.ArchiveMatchesWarehouse.Name], StringComparer.Ordinal);

    /// <summary>The names of the checks that guard a step (none for most).</summary>
    public static IReadOnlyList<string> Guarding(string pipeline, string step) =>
        ByStep.TryGetValue((pipeline, step), out var checks) ? [.. checks.Select(check => check.Name)] : [];

    /// <summary>Every check of a pipeline, in step order.</summary>
    public static IReadOnlyList<DataCheck> OfPipeline(string pipeline) =>
        [.. ByStep.Where(entry => entry.Key.Pipeline == pipeline).SelectMany(entry => entry.Value)];

    public static DataCheck ByName(string name) =>
        All.FirstOrDefault(check => check.Name == name) ?? throw new ArgumentOutOfRangeException(nameof(name), name, "No such check.");

    /// <summary>
    /// The checks that share no figures: the warehouse's contract and custom checks, each its own query of the staging copies.
    /// The others share what their scope read once (the anomaly checks' trailing weeks, the reconciliation's findings).
    /// </summary>
    private static readonly HashSet<string> SharingNoFigures =
        new(ByStep[("daily", "transform")].Select(check => check.Name), StringComparer.Ordinal);

    /// <summary>
    /// Evaluates the named checks against <paramref name="scope"/>: one after the other when any of them shares the scope's
    /// figures, else as many at a time as the machine has cores (most of a small query's time is the engine's latency, not
    /// work). The results are in the order named.
    /// </summary>
    public static async Task<IReadOnlyList<CheckResult>> EvaluateAsync(IEnumerable<string> names, CheckScope scope, CancellationToken cancellationToken)
    {
        var checks = names.Select(ByName).ToList();
        var results = new CheckResult[checks.Count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = checks.TrueForAll(check => SharingNoFigures.Contains(check.Name)) ? Environment.ProcessorCount : 1,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(Enumerable.Range(0, checks.Count), options,
            async (index, ct) => results[index] = await checks[index].EvaluateAsync(scope, ct));
        return results;
    }
}
