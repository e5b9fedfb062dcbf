using Microsoft.Extensions.Logging;
using Npgsql;
using Strata.ClickHouse;
using Strata.ClickHouse.Daily;
using Strata.Configuration;
using Strata.Contracts;
using Strata.Diagnostics;
using Strata.Postgres;
using Strata.Postgres.Ingest;
using Strata.Sources;
using Strata.Sources.Generation;

namespace Strata.Benchmarking;

/// <summary>
/// `strata bench`: generates N sales as CSV (under the data folder's bench/), ingests them into the configured
/// raw tier, loads ClickHouse with one daily run over the whole history (the same code as
/// `strata run daily --from --to`), then measures the raw limit. Each stage is timed on its own, with the
/// process's peak memory, which with the embedded engine includes ClickHouse's. The raw limit runs last, so
/// its PostgreSQL reads are at least as warm as the daily load's: the ratio is never flattered by caches.
/// The data stays in the stores afterwards, to be inspected with the other commands.
/// </summary>
public sealed class BenchRunner(StrataSettings settings, ILoggerFactory loggerFactory)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<BenchRunner>();

    public async Task<BenchSummary> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(settings.DataDirectory, "bench");
        var generation = new GeneratorOptions { Sales = options.Sales };
        await using var postgres = new PostgresDatabase(settings.Postgres);
        await using var clickHouse = await ClickHouseEngines.OpenAsync(settings, cancellationToken);
        var rawDatabase = new NpgsqlConnectionStringBuilder(settings.Postgres).Database ?? "";
        BenchLog.Starting(logger, options.Sales, folder, rawDatabase, clickHouse.Description);
        await new BenchStores(postgres, clickHouse).PrepareAsync(options.Reset, cancellationToken);
        if (options.Reset)
        {
            BenchLog.Emptied(logger, clickHouse.Description);
        }

        var (generated, generating) = await StageMeasurement.MeasureAsync(() => Task.Run(
            () => new DataGenerator(loggerFactory.CreateLogger<DataGenerator>()).Generate(generation, folder, null, cancellationToken), cancellationToken));
        var (ingested, ingesting) = await StageMeasurement.MeasureAsync(() =>
            new Ingestor(postgres, loggerFactory.CreateLogger<Ingestor>(), TimeProvider.System).IngestAsync(generated.Files, IngestFormat.Strata, new Progress<double>(), cancellationToken));
        var refused = ingested.Files.FirstOrDefault(file => file.Status == FileStatus.Refused);
        var salesLoaded = refused is null
            ? ingested.Tables[RawTables.Sales.Name].Loaded
            : throw new StrataException($"The ingest refused a generated file: {refused.Message}");

        var source = PostgresSource.Parameters(settings.Postgres);
        var (daily, loading) = await StageMeasurement.MeasureAsync(() => new DailyRunner(clickHouse, postgres, source, loggerFactory)
            .RunAsync(DailyRange.Between(generation.Start, generation.End), new DailyOptions(), cancellationToken));
        var dailyLoad = DailyLoadStage(daily, loading);

        var (rawRows, rawLimit) = await new RawLimitProbe(clickHouse, source).MeasureAsync(cancellationToken);
        if (rawRows != salesLoaded)
        {
            throw new StrataException($"The raw limit pulled {rawRows} sales, but the ingest loaded {salesLoaded}: the measurement is void.");
        }
        BenchStage[] stages = [BenchStage.From(BenchStage.Generate, generated.Sales, generating), BenchStage.From(BenchStage.Ingest, salesLoaded, ingesting), dailyLoad];
        foreach (var stage in stages)
        {
            BenchLog.StageDone(logger, stage.Name, stage.Rows, stage.Seconds, stage.RowsPerS, stage.PeakMemoryMb);
        }
        var limit = RawLimit.From(rawRows, rawLimit);
        BenchLog.StageDone(logger, "raw_limit", rawRows, limit.Seconds, limit.RowsPerS, rawLimit.PeakMemoryMb);
        return BenchSummary.Create(options.Sales, stages, limit) with { DailySteps = daily.Steps };
    }

    /// <summary>
    /// The daily load's row count is what it loaded into fact_sales. Its peak memory also takes the runner's own
    /// per-step peaks: the runner resets the kernel's high-water mark at every step, which the sampler can miss
    /// by a few milliseconds.
    /// </summary>
    private static BenchStage DailyLoadStage(DailySummary daily, StageMeasurement measured)
    {
        if (daily.Status != DailySummary.SucceededStatus)
        {
            var failed = daily.Steps.First(step => step.Status == StepSummary.FailedStatus);
            throw new StrataException($"The daily load failed at its {failed.Name} step: {failed.Error}");
        }
        var loaded = daily.Reconciliation.Tables.Single(account => account.Table == "fact_sales").Loaded;
        var peak = Math.Max(measured.PeakMemoryMb, daily.Steps.Max(step => step.PeakMemoryMb));
        return BenchStage.From(BenchStage.DailyLoad, loaded, measured with { PeakMemoryMb = peak });
    }
}
