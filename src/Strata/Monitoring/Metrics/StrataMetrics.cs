using System.Diagnostics.Metrics;

namespace Strata.Monitoring.Metrics;

/// <summary>
/// Strata's instruments (System.Diagnostics.Metrics), named as Prometheus expects them (base units, <c>_seconds</c>,
/// <c>_bytes</c>, counters ending in <c>_total</c>) and labelled only with bounded values: pipeline, step kind, status,
/// check, tier; never a run id or a partition. One instance per process (its own <see cref="Meter"/>, so tests running
/// side by side in one process each read only their own); <see cref="MetricsRegistry"/> aggregates it for export.
/// </summary>
public sealed class StrataMetrics : IDisposable
{
    public const string MeterName = "Strata";

    /// <summary>From a tenth of a second (a check) to four hours (a first load of a long history).</summary>
    private static readonly double[] DurationBuckets = [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200, 14400];

    public StrataMetrics()
    {
        Meter = new Meter(MeterName);
        RunDuration = Meter.CreateHistogram("strata_run_duration_seconds", "s", "How long runs took, by pipeline and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        StepDuration = Meter.CreateHistogram("strata_step_duration_seconds", "s", "How long each attempt of a step took, by outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        Runs = Meter.CreateCounter<long>("strata_runs_total", description: "Runs that ended, by pipeline and status (succeeded, failed, abandoned).");
        StepFailures = Meter.CreateCounter<long>("strata_step_failures_total", description: "Steps that failed after their last attempt.");
        Retries = Meter.CreateCounter<long>("strata_step_retries_total", description: "Attempts of a step after its first (transient faults retried).");
        Rows = Meter.CreateCounter<long>("strata_rows_processed_total", description: "Rows steps read (direction=in) and wrote (direction=out).");
        Checks = Meter.CreateCounter<long>("strata_checks_total", description: "Data-quality check evaluations, by check, severity and result.");
        ReconciliationMismatches = Meter.CreateCounter<long>("strata_reconciliation_mismatches_total",
            description: "Failed cross-tier reconciliations (the tiers disagreed), by check.");
        PeakMemory = Meter.CreateGauge<double>("strata_step_peak_memory_bytes", "By", "The process's peak resident memory during a step's last attempt.");
    }

    public Meter Meter { get; }

    public Histogram<double> RunDuration { get; }

    public Histogram<double> StepDuration { get; }

    public Counter<long> Runs { get; }

    public Counter<long> StepFailures { get; }

    public Counter<long> Retries { get; }

    public Counter<long> Rows { get; }

    public Counter<long> Checks { get; }

    public Counter<long> ReconciliationMismatches { get; }

    public Gauge<double> PeakMemory { get; }

    public void Dispose() => Meter.Dispose();
}
