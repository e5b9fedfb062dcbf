using Microsoft.Extensions.Logging;
using Npgsql;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Postgres;

namespace Strata.Benchmarking;

/// <summary>
/// `strata bench`: runs the selected stages in order over the configured stores (<see cref="BenchStages"/>): generate N
/// sales as CSV (under the data folder's bench/), ingest them, load ClickHouse with one daily run over the whole
/// history, a nightly increment, the monthly archive of the history, and every report. Each stage is the product's
/// own code, timed on its own with the process's peak memory (with the embedded engine, ClickHouse's included), next to
/// its raw limit measured in the same run. The data stays in the stores afterwards, to be inspected with the other
/// commands.
/// </summary>
public sealed class BenchRunner(StrataSettings settings, ILoggerFactory loggerFactory)
{
    private static readonly IBenchStage[] Stages =
        [new GenerateStage(), new IngestStage(), new DailyLoadStage(), new DailyIncrementStage(), new MonthlyArchiveStage(), new ReportsStage()];

    public async Task<BenchSummary> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        await using var raw = new PostgresDatabase(settings.Raw);
        await using var warehouse = await ClickHouseEngines.OpenAsync(settings, cancellationToken);
        var run = new BenchRun(settings, raw, warehouse, loggerFactory, options.Sales);
        var (stages, rawDatabase) = (string.Join(",", options.Stages), new NpgsqlConnectionStringBuilder(settings.Raw).Database ?? "");
        BenchLog.Starting(run.Logger, options.Sales, stages, run.Folder, rawDatabase, warehouse.Description);
        await new BenchStores(run).PrepareAsync(options.Stages, options.Reset, cancellationToken);

        var measured = new List<BenchStage>();
        foreach (var stage in Stages.Where(stage => options.Stages.Contains(stage.Name)))
        {
            var result = await stage.RunAsync(run, cancellationToken);
            BenchLog.StageDone(
                run.Logger, result.Name, result.Rows, result.Seconds, result.RowsPerS, result.PeakMemoryMb, result.RawLimitSeconds, result.Ratio);
            measured.Add(result);
        }
        var dailyLoad = measured.SingleOrDefault(stage => stage.Name == BenchStages.DailyLoad);
        return new BenchSummary(options.Sales, measured, run.DailyLoadLimit, dailyLoad?.Ratio, run.Reports) { DailySteps = run.DailySteps };
    }
}
