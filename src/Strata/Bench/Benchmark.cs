using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Strata.ClickHouse;
using Strata.ClickHouse.Daily;
using Strata.Diagnostics;
using Strata.Postgres;
using Strata.Postgres.Ingest;
using Strata.Sources;
using Strata.Sources.Generation;
using Strata.Sql;

namespace Strata.Bench;

/// <summary>
/// `strata bench` (R11.2): generates N sales, ingests them into the raw tier, loads the whole history into
/// ClickHouse with the daily run, and measures each stage next to the raw limit taken in the same run. The
/// data stays in the configured stores for inspection; the raw tier must start empty, so the figures measure
/// exactly the generated sales.
/// </summary>
public sealed class Benchmark(PostgresDatabase postgres, IClickHouseEngine clickHouse, ClickHouseParameters postgresSource, ILoggerFactory loggerFactory)
{
    private readonly ILogger logger = loggerFactory.CreateLogger<Benchmark>();

    public async Task<BenchSummary> RunAsync(GeneratorOptions options, string workDirectory, CancellationToken cancellationToken)
    {
        await new Migrator(postgres).MigrateAsync(cancellationToken);
        if (await postgres.ScalarAsync<bool>(SqlCatalog.Read("postgres/bench/has_sales.sql"), cancellationToken))
        {
            throw new StrataException("The raw tier already holds sales; run the benchmark against an empty database (point STRATA_POSTGRES and STRATA_CLICKHOUSE at fresh ones).");
        }
        var stages = new List<BenchStage>
        {
            await MeasureAsync("generate", () => Task.Run(() => Generate(options, workDirectory, cancellationToken), cancellationToken)),
            await MeasureAsync("ingest", () => IngestAsync(workDirectory, cancellationToken)),
            await MeasureAsync("daily_load", () => DailyLoadAsync(options, cancellationToken)),
        };
        var rawLimit = await RawLimitProbe.MeasureAsync(clickHouse, postgresSource, cancellationToken);
        BenchLog.RawLimit(logger, options.Sales, rawLimit.TotalSeconds, options.Sales / rawLimit.TotalSeconds);
        var limit = BenchStage.Of("raw_limit", options.Sales, rawLimit, 0);
        var dailyLoad = stages.Single(stage => stage.Name == "daily_load");
        return new BenchSummary(
            options.Sales,
            stages,
            new RawLimit(limit.Seconds, limit.RowsPerS),
            Math.Round(dailyLoad.Seconds / Math.Max(limit.Seconds, 0.001), 2));
    }

    private async Task<BenchStage> MeasureAsync(string name, Func<Task<StageResult>> stage)
    {
        PeakMemory.Reset();
        var clock = Stopwatch.StartNew();
        var result = await stage();
        var measured = BenchStage.Of(name, result.Rows, clock.Elapsed, Math.Max(PeakMemory.Megabytes(), result.PeakMemoryMb));
        BenchLog.Stage(logger, measured.Name, measured.Rows, measured.Seconds, measured.RowsPerS, measured.PeakMemoryMb);
        return measured;
    }

    private StageResult Generate(GeneratorOptions options, string workDirectory, CancellationToken cancellationToken)
    {
        var summary = new DataGenerator(loggerFactory.CreateLogger<DataGenerator>()).Generate(options, workDirectory, null, cancellationToken);
        return new StageResult(summary.Tables.Values.Sum(table => table.Rows));
    }

    private async Task<StageResult> IngestAsync(string workDirectory, CancellationToken cancellationToken)
    {
        var ingestor = new Ingestor(postgres, loggerFactory.CreateLogger<Ingestor>(), TimeProvider.System);
        var report = await ingestor.IngestAsync(InputFiles.Find(workDirectory), IngestFormat.Strata, new Progress<double>(), cancellationToken);
        return new StageResult(report.Tables.Values.Sum(counts => counts.Read));
    }

    /// <summary>
    /// The whole generated history in one daily run; its fact_sales rows are the stage's rows. The runner
    /// measures each step's peak (resetting the meter), so the stage's peak is the highest of them.
    /// </summary>
    private async Task<StageResult> DailyLoadAsync(GeneratorOptions options, CancellationToken cancellationToken)
    {
        var runner = new DailyRunner(clickHouse, postgres, postgresSource, loggerFactory);
        var summary = await runner.RunAsync(DailyRange.Between(options.Start, options.End), new DailyOptions(), cancellationToken);
        if (summary.Status != DailySummary.SucceededStatus)
        {
            throw new StrataException("The daily load failed: " + string.Join("; ", summary.Steps.Select(step => step.Error).OfType<string>()));
        }
        return new StageResult(summary.Reconciliation.Tables.Single(table => table.Table == "fact_sales").Loaded, summary.Steps.Max(step => step.PeakMemoryMb));
    }

    /// <summary>What a stage handled, and a peak it measured inside itself (0 when it measured none).</summary>
    private sealed record StageResult(long Rows, double PeakMemoryMb = 0);
}
