using Microsoft.Extensions.Logging;
using Strata.Archive;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Diagnostics;
using Strata.Pipeline;
using Strata.Postgres;
using Strata.Sources.Generation;
using Strata.Sql;
using Strata.Warehouse.Daily;

namespace Strata.Benchmarking;

/// <summary>
/// What the stages of one benchmark run share: the configured stores, the folder the generated files go to (the data
/// folder's bench/), the generator's options, logging, and what a stage leaves for the summary (the daily load's
/// raw limit and steps, the reports' timings).
/// </summary>
internal sealed class BenchRun(StrataSettings settings, PostgresDatabase raw, IClickHouseEngine warehouse, ILoggerFactory loggerFactory, long sales)
{
    public StrataSettings Settings => settings;

    public PostgresDatabase Raw => raw;

    public IClickHouseEngine Warehouse => warehouse;

    public ILoggerFactory LoggerFactory => loggerFactory;

    public ILogger Logger { get; } = loggerFactory.CreateLogger<BenchRunner>();

    public string Folder { get; } = Path.Combine(settings.DataDirectory, "bench");

    /// <summary>N sales over 2024-01-01..2025-12-31, 1000 customers and 1000 products, no defects, seed 42 (the defaults).</summary>
    public GeneratorOptions Generation { get; } = new() { Sales = sales };

    /// <summary>The generated history's days, which the daily load rebuilds in one run.</summary>
    public DailyRange History => DailyRange.Between(Generation.Start, Generation.End);

    /// <summary>The generated history's months, which the monthly archive archives in one run.</summary>
    public IReadOnlyList<ArchiveMonth> HistoryMonths => ArchiveMonth.Range(ArchiveMonth.Of(Generation.Start), ArchiveMonth.Of(Generation.End));

    /// <summary>How ClickHouse reaches the raw tier (postgresql() arguments).</summary>
    public ClickHouseParameters RawSource => PostgresSource.Parameters(settings.Raw);

    /// <summary>Set by the daily load: its raw limit, both pulls.</summary>
    public RawLimit? DailyLoadLimit { get; set; }

    /// <summary>Set by the daily load: its steps, for people reading where its time went.</summary>
    public IReadOnlyList<StepResult> DailySteps { get; set; } = [];

    /// <summary>Set by the reports stage.</summary>
    public IReadOnlyList<ReportTiming> Reports { get; set; } = [];

    /// <summary>How many sales the raw tier holds now: what a pull of the whole table must bring.</summary>
    public async Task<long> RawSalesAsync(CancellationToken cancellationToken) =>
        await raw.ScalarAsync<long>(SqlCatalog.Read("raw/bench/sales_rows.sql"), cancellationToken);

    /// <summary>Fails the benchmark with the failed step's reason when a daily run did not succeed.</summary>
    public static DailySummary Succeeded(DailySummary daily, string stage)
    {
        if (daily.Status == PipelineStatus.Succeeded)
        {
            return daily;
        }
        var failed = daily.Steps.First(step => step.Status == PipelineStatus.Failed);
        throw new StrataException($"The {stage} failed at its {failed.Name} step: {failed.Error}");
    }

    /// <summary>The sales a daily run loaded into fact_sales (its own account).</summary>
    public static long FactsLoaded(DailySummary daily) => daily.Reconciliation.Tables.Single(account => account.Table == "fact_sales").Loaded;
}
