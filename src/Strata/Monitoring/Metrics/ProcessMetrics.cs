using Strata.Monitoring.Status;

namespace Strata.Monitoring.Metrics;

/// <summary>
/// A process's metrics, ready to export: the instruments runs record into, the registry that aggregates them and the
/// state gauges. <see cref="ExpositionAsync"/> is what /metrics serves and what the textfile and the Pushgateway get.
/// </summary>
public sealed class ProcessMetrics : IDisposable
{
    private readonly StateGauges state;

    private readonly MetricsRegistry registry;

    public ProcessMetrics()
    {
        Instruments = new StrataMetrics();
        registry = new MetricsRegistry(Instruments.Meter);
        state = new StateGauges(Instruments);
    }

    public StrataMetrics Instruments { get; }

    /// <summary>The exposition text, the state read first from <paramref name="status"/> (the run history and the tiers).</summary>
    public async Task<string> ExpositionAsync(StatusReader status, CancellationToken cancellationToken)
    {
        state.Update(await status.ReadAsync(DateTime.UtcNow, cancellationToken));
        return PrometheusText.Write(registry.Snapshot());
    }

    public void Dispose()
    {
        registry.Dispose();
        Instruments.Dispose();
    }
}
