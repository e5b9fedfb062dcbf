using Microsoft.Extensions.Logging;
using Strata.ClickHouse;
using Strata.Pipeline;
using Strata.Postgres;

namespace Strata.Warehouse.Daily;

/// <summary>
/// The daily pipeline (PostgreSQL -> ClickHouse): extract, transform, load, reconcile, through the
/// <see cref="PipelineRunner"/> every pipeline shares. Every run is recorded in etl_runs; only a fully successful
/// one advances the watermark. A run that finds another one going fails at its extract, before touching anything
/// (<see cref="DailyRunLock"/>).
/// </summary>
public sealed class DailyRunner(IClickHouseEngine warehouse, PostgresDatabase raw, ILoggerFactory loggerFactory)
{
    public const string Pipeline = "daily";

    private static readonly IStep<DailyRun>[] Steps = [new ExtractStep(), new TransformStep(), new LoadStep(), new ReconcileStep()];

    private readonly ILogger logger = loggerFactory.CreateLogger<DailyRunner>();

    public async Task<DailySummary> RunAsync(DailyRange range, DailyOptions options, CancellationToken cancellationToken)
    {
        var identity = new PipelineRun(Pipeline, range.ToString());
        await using var run = new DailyRun(identity, range, warehouse, raw, options, logger);
        var results = await new PipelineRunner(identity, options.Checkpoints, logger)
            .RunAsync(Steps.Select(step => step.On(run)), cancellationToken);
        var succeeded = results.All(result => result.Succeeded);
        await DailyRunHistory.RecordAsync(run, results, succeeded, cancellationToken);
        return new DailySummary(
            succeeded ? PipelineStatus.Succeeded : PipelineStatus.Failed,
            [.. run.AffectedDays],
            results,
            run.Reconciliation);
    }
}
