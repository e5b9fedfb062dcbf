using Microsoft.Extensions.Logging.Abstractions;
using Strata.Configuration;
using Strata.Monitoring.Metrics;
using Strata.Monitoring.Status;
using Strata.Pipeline;
using Strata.Pipeline.History;
using Strata.Tests.Infrastructure;
using Strata.Warehouse.Daily;

namespace Strata.Tests.Monitoring;

/// <summary>
/// A process's metrics of its own (tests run side by side in one process) recorded by real daily runs on the test's
/// stores, with the observers in the CLI's order: the run history first, then the metrics and their export.
/// </summary>
public sealed class MetricsRun(TestDatabase postgres, TestClickHouse clickHouse) : IDisposable
{
    public ProcessMetrics Metrics { get; } = new();

    /// <summary>Where the test's files go (a textfile, Prometheus's configuration and data).</summary>
    public TemporaryFolder Folder { get; } = new();

    /// <summary>The test's stores as the status read and the state gauges see them (the archive is the raw database: no archive tables).</summary>
    public StatusReader Status => new(new StrataSettings(postgres.ConnectionString, Path.GetTempPath())
    {
        Warehouse = clickHouse.Location,
        Archive = postgres.ConnectionString,
    }, postgres.Database);

    public Task<DailySummary> RunAsync(DailyRange range, DailyOptions options, MetricsSettings? export = null) =>
        new DailyRunner(clickHouse.Engine, postgres.Database, NullLoggerFactory.Instance).RunAsync(range, options with
        {
            Observer = new RunObservers(
            [
                new RunHistory(postgres.Database),
                new MetricsObserver(Metrics.Instruments),
                new MetricsExport(Metrics, Status, export ?? new MetricsSettings(null, null), NullLogger.Instance),
            ], NullLogger.Instance),
        }, CancellationToken.None);

    public void Dispose()
    {
        Metrics.Dispose();
        Folder.Dispose();
    }
}
