using System.Diagnostics;
using Strata.Archive;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Postgres;
using Strata.Querying;
using Strata.Reports;
using Strata.Sql;

namespace Strata.Benchmarking;

/// <summary>
/// Every report of the catalogue (ClickHouse's and the archive's), each run <see cref="Runs"/> times over the loaded
/// history; a report's figure is the 95th percentile of its runs (nearest rank: of five runs, the slowest). The
/// stage's seconds are one pass over the catalogue at those figures. Its raw limit is one read of the facts per
/// report, on the report's tier (fact_sales, historical_sales: count and revenue of every sale), at the same
/// percentile: what a report over the whole history would cost if it only had to read the sales once.
/// </summary>
internal sealed class ReportsStage : IBenchStage
{
    private const int Runs = 5;

    public string Name => BenchStages.Reports;

    public async Task<BenchStage> RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        await using var archive = await ArchiveDatabase.ConnectAsync(run.Settings.Archive, cancellationToken);
        var tiers = new Dictionary<Tier, ISqlTier>
        {
            [Tier.Warehouse] = new ClickHouseSqlTier(Tier.Warehouse.EngineName(), _ => Task.FromResult(run.Warehouse), write: false),
            [Tier.Archive] = new PostgresSqlTier(Tier.Archive.EngineName(), archive.Database),
        };
        var (timings, measured) = await StageMeasurement.MeasureAsync(run.Warehouse, async () =>
        {
            var reports = new List<ReportTiming>();
            foreach (var report in ReportCatalogue.All)
            {
                reports.Add(await TimeAsync(report.Tier, report.Name, ct => report.RunAsync(tiers[report.Tier], ReportFilter.Everything, ct),
                    cancellationToken));
            }
            return reports;
        }, cancellationToken);
        var factReads = new Dictionary<Tier, ReportTiming>();
        foreach (var (tier, store) in tiers)
        {
            var readFacts = SqlCatalog.Read($"{tier.Folder()}/bench/read_facts.sql");
            factReads[tier] = await TimeAsync(tier, "read_facts", ct => store.QueryAsync(readFacts, null, ct), cancellationToken);
        }
        run.Reports = timings;
        var seconds = TimeSpan.FromMilliseconds(timings.Sum(report => report.P95Ms));
        var limit = TimeSpan.FromMilliseconds(ReportCatalogue.All.Sum(report => factReads[report.Tier].P95Ms));
        return BenchStage.Of(Name, timings.Count, seconds, measured.PeakMemoryMb, limit);
    }

    private static async Task<ReportTiming> TimeAsync(
        Tier tier, string name, Func<CancellationToken, Task<TabularResult>> query, CancellationToken cancellationToken)
    {
        var runs = new List<double>();
        long rows = 0;
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await using (var result = await query(cancellationToken))
            {
                rows = 0;
                await foreach (var _ in result.Rows.WithCancellation(cancellationToken))
                {
                    rows++;
                }
            }
            runs.Add(Math.Round(clock.Elapsed.TotalMilliseconds, 1));
        }
        var p95 = runs.Order().ElementAt((int)Math.Ceiling(0.95 * runs.Count) - 1);
        return new ReportTiming(tier.EngineName(), name, rows, p95, runs);
    }
}
