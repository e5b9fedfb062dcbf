using Strata.Diagnostics;
using Strata.Warehouse.Daily;

namespace Strata.Benchmarking;

/// <summary>
/// The daily load of the whole generated history in one run (`strata run daily --from --to`, the same DailyRunner).
/// Its raw limit is ClickHouse pulling every sale from PostgreSQL into a bare table (<see cref="RawLimitProbe"/>), once
/// just before and once just after the load; the faster pull counts. The first pull also reads every freshly
/// ingested page once (PostgreSQL sets hint bits on a page's first read after a bulk load, which autovacuum would
/// have done by the next day in production), so the load and the second pull meet the same settled table.
/// </summary>
internal sealed class DailyLoadStage : IBenchStage
{
    public string Name => BenchStages.DailyLoad;

    public async Task<BenchStage> RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var probe = new RawLimitProbe(run.Warehouse, run.RawSource);
        var sales = await run.RawSalesAsync(cancellationToken);
        var before = await PullAsync(run, probe, sales, cancellationToken);
        var runner = new DailyRunner(run.Warehouse, run.Raw, run.LoggerFactory);
        var (daily, measured) = await StageMeasurement.MeasureAsync(
            run.Warehouse, () => runner.RunAsync(run.History, new DailyOptions(), cancellationToken), cancellationToken);
        BenchRun.Succeeded(daily, "daily load");
        var after = await PullAsync(run, probe, sales, cancellationToken);
        var limit = RawLimit.From(sales, [before, after]);
        BenchLog.RawLimit(run.Logger, sales, limit.Seconds, limit.RowsPerS, before.Seconds, after.Seconds);
        run.DailyLoadLimit = limit;
        run.DailySteps = daily.Steps;
        return BenchStage.From(Name, BenchRun.FactsLoaded(daily), measured, TimeSpan.FromSeconds(limit.Seconds));
    }

    private static async Task<StageMeasurement> PullAsync(BenchRun run, RawLimitProbe probe, long sales, CancellationToken cancellationToken)
    {
        var (rows, pull) = await probe.MeasureAsync(cancellationToken);
        if (rows != sales)
        {
            throw new StrataException($"The raw limit pulled {rows} sales, but the raw tier holds {sales}: the measurement is void.");
        }
        var rowsPerSecond = pull.RowsPerSecond(rows);
        BenchLog.Pulled(run.Logger, rows, pull.Seconds, rowsPerSecond, pull.PeakMemoryMb);
        return pull;
    }
}
