using Strata.Contracts;
using Strata.Diagnostics;
using Strata.Pipeline;
using Strata.Raw.Ingest;
using Strata.Sources;
using Strata.Warehouse.Daily;

namespace Strata.Benchmarking;

/// <summary>
/// A nightly increment on top of the loaded history: the next day's new sales and corrections of recent ones
/// (<see cref="IncrementFile"/>, 15,000 rows at any size) are ingested, then the stage measures `strata run daily
/// --date D` (the same DailyRunner), which also rebuilds the corrected sales' days. Its raw limit is ClickHouse pulling
/// the sales of the days the run rebuilt into a bare table: the least the increment must move. The process start of a
/// real `strata run daily` is not in the figure (the benchmark runs in one process); docs/benchmark.md measures it.
/// </summary>
internal sealed class DailyIncrementStage : IBenchStage
{
    public string Name => BenchStages.DailyIncrement;

    public async Task<BenchStage> RunAsync(BenchRun run, CancellationToken cancellationToken)
    {
        var (day, file) = await IncrementFile.WriteAsync(run.Raw, run.Folder, cancellationToken);
        var ingested = await new IngestRunner(run.Raw, run.LoggerFactory)
            .RunAsync([file], IngestFormat.Strata, new Progress<double>(), new RunOptions(), cancellationToken);
        if (!ingested.Outcome.Succeeded || ingested.Report.Tables[RawTables.Sales.Name].Quarantined > 0)
        {
            throw new StrataException($"The increment {file} did not load whole: {ingested.Outcome.Error ?? "rows were quarantined"}.");
        }
        var runner = new DailyRunner(run.Warehouse, run.Raw, run.LoggerFactory);
        // No overlap before the last watermark: the benchmark ingested the whole history minutes ago, where a real
        // night's run finds it a day old; the default 15 minutes would re-read the history as changed.
        var night = new DailyOptions { Overlap = TimeSpan.Zero };
        var (daily, measured) = await StageMeasurement.MeasureAsync(
            run.Warehouse, () => runner.RunAsync(DailyRange.Day(day), night, cancellationToken), cancellationToken);
        BenchRun.Succeeded(daily, "daily increment");
        var loaded = BenchRun.FactsLoaded(daily);
        var (pulled, limit) = await new RawLimitProbe(run.Warehouse, run.RawSource).MeasureDaysAsync(daily.Dates.Min(), daily.Dates.Max(), cancellationToken);
        if (pulled < loaded)
        {
            throw new StrataException($"The increment's raw limit pulled {pulled} sales, fewer than the {loaded} the run loaded: the measurement is void.");
        }
        return BenchStage.From(Name, loaded, measured, limit.Elapsed);
    }
}
