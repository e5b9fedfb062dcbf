using System.Diagnostics.Metrics;
using Strata.Monitoring.Status;

namespace Strata.Monitoring.Metrics;

/// <summary>
/// The series that describe the system's state rather than this process's work, read from the run history and the tiers
/// (a <see cref="StatusReport"/>) before each export: they say the same whichever process exports them (`strata serve`,
/// or the textfile and Pushgateway written after a CLI run), so the alert rules are written on them. Timestamps, not
/// ages: Prometheus computes the age with <c>time() - x</c> at evaluation, so a textfile written hours ago still ages.
/// </summary>
public sealed class StateGauges
{
    private StatusReport? report;

    public StateGauges(StrataMetrics metrics)
    {
        var meter = metrics.Meter;
        meter.CreateObservableGauge("strata_last_success_timestamp_seconds", () => Each(r => r.Pipelines,
            p => Seconds(p.LastSuccessAt) ?? 0, p => [new("pipeline", p.Pipeline)]), "s",
            "When a run of the pipeline last succeeded (Unix time; 0 = never), from the run history.");
        meter.CreateObservableGauge("strata_last_run_failed", () => Each(r => r.Pipelines.Where(p => p.LastRun is not null),
            p => p.LastRun!.Status == Pipeline.PipelineStatus.Failed ? 1 : 0, p => [new("pipeline", p.Pipeline)]), null,
            "1 when the pipeline's latest run failed, 0 otherwise, from the run history.");
        meter.CreateObservableGauge("strata_check_failing", () => Each(r => r.AllChecks, c => c.Passed ? 0 : 1,
            c => [new("pipeline", c.Pipeline), new("check", c.Name), new("severity", c.Severity)]), null,
            "1 when the check's latest result failed, 0 when it passed, from the run history.");
        meter.CreateObservableGauge("strata_tier_up", () => Each(r => r.Tiers, t => t.Error is null ? 1 : 0, t => [new("tier", t.Tier)]), null,
            "1 when the tier answered the last status read, 0 when it could not be reached.");
        meter.CreateObservableGauge("strata_tier_newest_sale_timestamp_seconds", () => Each(r => r.Tiers.Where(t => t.NewestSale is not null),
            t => Seconds(t.NewestSale)!.Value, t => [new("tier", t.Tier)]), "s",
            "The newest sale each tier holds (Unix time): the tier's freshness is time() minus this.");
        meter.CreateObservableGauge("strata_daily_watermark_timestamp_seconds", () => Each<DateTime>(r => r.Watermark is null ? [] : [r.Watermark.Value],
            w => Seconds(w)!.Value, _ => []), "s", "The raw tier's clock when the last successful daily run's extract began (Unix time).");
        meter.CreateObservableGauge("strata_archive_newest_month_timestamp_seconds", () => Each<DateOnly>(
            r => r.LastArchivedMonthStart is null ? [] : [r.LastArchivedMonthStart.Value],
            m => Seconds(m.ToDateTime(TimeOnly.MinValue))!.Value, _ => []), "s", "The first day of the newest month archived whole (Unix time).");

        // 0 before the first finished backup, as for a pipeline that never succeeded: an absent series would keep
        // `time() - x > N` from ever firing, so a system never backed up would never be told.
        meter.CreateObservableGauge("strata_backup_last_success_timestamp_seconds", () => Each<BackupState>(r => [r.Backup],
            b => Seconds(b.LastSuccessAt) ?? 0, _ => []), "s",
            "When the newest finished backup under $STRATA_DATA/backups was taken (Unix time; 0 = none), from its manifest.");
    }

    public void Update(StatusReport latest) => report = latest;

    private IEnumerable<Measurement<double>> Each<T>(Func<StatusReport, IEnumerable<T>> items, Func<T, double> value,
        Func<T, KeyValuePair<string, object?>[]> labels) =>
        report is { } current ? [.. items(current).Select(item => new Measurement<double>(value(item), labels(item)))] : [];

    private static double? Seconds(DateTime? instant) =>
        instant is { } at ? (DateTime.SpecifyKind(at, DateTimeKind.Utc) - DateTime.UnixEpoch).TotalSeconds : null;
}
