using Microsoft.Extensions.Logging;
using Npgsql;
using Strata.ClickHouse;
using Strata.Pipeline;
using Strata.Warehouse.Daily;
using Strata.Configuration;
using Strata.Contracts;
using Strata.Diagnostics;
using Strata.Postgres;
using Strata.Raw.Ingest;
using Strata.Sources;
using Strata.Sources.Generation;

namespace Strata.Benchmarking;

/// <summary>
/// `strata bench`: generates N sales as CSV (under the data folder's bench/), ingests them into the configured
/// raw tier, loads ClickHouse with one daily run over the whole history (the same code as
/// `strata run daily --from --to`), measuring the raw limit just before and just after the daily load. Each
/// stage is timed on its own, with the process's peak memory, which with the embedded engine includes
/// ClickHouse's.
/// The data stays in the stores afterwards, to be inspected with the other commands.
/// </summary>
public sealed class BenchRunner(StrataSettings settings, ILoggerFactory loggerFactory)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<BenchRunner>();

    public async Task<BenchSummary> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(settings.DataDirectory, "bench");
        var generation = new GeneratorOptions { Sales = options.Sales };
        await using var postgres = new PostgresDatabase(settings.Raw);
        await using var clickHouse = await ClickHouseEngines.OpenAsync(settings, cancellationToken);
        var rawDatabase = new NpgsqlConnectionStringBuilder(settings.Raw).Database ?? "";
        BenchLog.Starting(logger, options.Sales, folder, rawDatabase, clickHouse.Description);
        await new BenchStores(postgres, clickHouse).PrepareAsync(options.Reset, cancellationToken);
        if (options.Reset)
        {
            BenchLog.Emptied(logger, clickHouse.Description);
        }

        var (generated, generating) = await StageMeasurement.MeasureAsync(() => Task.Run(
            () => new DataGenerator(loggerFactory.CreateLogger<DataGenerator>()).Generate(generation, folder, null, cancellationToken), cancellationToken));
        var (ingested, ingesting) = await StageMeasurement.MeasureAsync(() =>
            new Ingestor(postgres, loggerFactory.CreateLogger<Ingestor>(), TimeProvider.System)
                .IngestAsync(generated.Files, IngestFormat.Strata, Guid.NewGuid(), new Progress<double>(), cancellationToken));
        var refused = ingested.Files.FirstOrDefault(file => file.Status == FileStatus.Refused);
        var salesLoaded = refused is null
            ? ingested.Tables[RawTables.Sales.Name].Loaded
            : throw new StrataException($"The ingest refused a generated file: {refused.Message}");

        var source = PostgresSource.Parameters(settings.Raw);
        var rawLimit = new RawLimitProbe(clickHouse, source);
        var pullBefore = await PullRawLimitAsync(rawLimit, salesLoaded, cancellationToken);
        var (daily, loading) = await StageMeasurement.MeasureAsync(() => new DailyRunner(clickHouse, postgres, loggerFactory)
            .RunAsync(DailyRange.Between(generation.Start, generation.End), new DailyOptions(), cancellationToken));
        var dailyLoad = DailyLoadStage(daily, loading);
        var pullAfter = await PullRawLimitAsync(rawLimit, salesLoaded, cancellationToken);

        BenchStage[] stages =
        [
            BenchStage.From(BenchStage.Generate, generated.Sales, generating),
            BenchStage.From(BenchStage.Ingest, salesLoaded, ingesting),
            dailyLoad,
        ];
        foreach (var stage in stages)
        {
            BenchLog.StageDone(logger, stage.Name, stage.Rows, stage.Seconds, stage.RowsPerS, stage.PeakMemoryMb);
        }
        var limit = RawLimit.From(salesLoaded, [pullBefore, pullAfter]);
        BenchLog.RawLimit(logger, salesLoaded, limit.Seconds, limit.RowsPerS, pullBefore.Seconds, pullAfter.Seconds);
        return BenchSummary.Create(options.Sales, stages, limit) with { DailySteps = daily.Steps };
    }

    /// <summary>
    /// One raw-limit pull. The first, right after the ingest, also reads every freshly written page once, as
    /// the daily load's extract would otherwise do alone (PostgreSQL sets hint bits on a page's first read
    /// after a bulk load, which autovacuum would have done by the next day in production).
    /// </summary>
    private async Task<StageMeasurement> PullRawLimitAsync(RawLimitProbe probe, long salesLoaded, CancellationToken cancellationToken)
    {
        var (rows, pull) = await probe.MeasureAsync(cancellationToken);
        if (rows != salesLoaded)
        {
            throw new StrataException($"The raw limit pulled {rows} sales, but the ingest loaded {salesLoaded}: the measurement is void.");
        }
        var rowsPerSecond = pull.RowsPerSecond(rows);
        BenchLog.StageDone(logger, "raw_limit pull", rows, pull.Seconds, rowsPerSecond, pull.PeakMemoryMb);
        return pull;
    }

    /// <summary>The daily load's row count is what it loaded into fact_sales.</summary>
    private static BenchStage DailyLoadStage(DailySummary daily, StageMeasurement measured)
    {
        if (daily.Status != PipelineStatus.Succeeded)
        {
            var failed = daily.Steps.First(step => step.Status == PipelineStatus.Failed);
            throw new StrataException($"The daily load failed at its {failed.Name} step: {failed.Error}");
        }
        var loaded = daily.Reconciliation.Tables.Single(account => account.Table == "fact_sales").Loaded;
        return BenchStage.From(BenchStage.DailyLoad, loaded, measured);
    }
}
