namespace Strata.Monitoring.Status;

/// <summary>
/// What the person on call needs on one screen (`strata status`), and what the metrics' state gauges show: each tier's
/// newest sale, each pipeline's last run and last success (the backup's runs among them), the daily watermark, the newest
/// archived month, the newest finished backup, the checks whose latest result failed, and what to do about it. Status:
/// <c>ok</c>, <c>attention</c> (a run or a check failed) or <c>unhealthy</c> (a tier cannot be reached).
/// </summary>
public record StatusReport(
    string Status,
    DateTime At,
    IReadOnlyList<TierState> Tiers,
    IReadOnlyList<PipelineState> Pipelines,
    DateTime? Watermark,
    string? LastArchivedMonth,
    IReadOnlyList<CheckState> Checks,
    IReadOnlyList<string> NextSteps)
{
    public const string Ok = "ok";
    public const string Attention = "attention";
    public const string Unhealthy = "unhealthy";

    /// <summary>The newest finished backup under the default backup folder (its manifest written), or none yet.</summary>
    public BackupState Backup { get; init; } = BackupState.None;

    /// <summary>The newest archived month's first day, for the metrics; null before the first monthly run.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? LastArchivedMonthStart { get; init; }

    /// <summary>The latest result of every check, passed or not (the metrics show both); <see cref="Checks"/> lists the failed ones.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<CheckState> AllChecks { get; init; } = [];
}

/// <summary>A tier by its engine's name (postgres, clickhouse, greenplum): its newest sale and how old that is, or why it could not be read.</summary>
public sealed record TierState(string Tier, DateTime? NewestSale, double? AgeHours, string? Error);

/// <summary>
/// The newest backup that finished (its manifest written) under $STRATA_DATA/backups: when it was taken, how old that is,
/// its folder; or why the folder could not be read. A backup that failed or is still being written does not count.
/// </summary>
public sealed record BackupState(DateTime? LastSuccessAt, double? AgeHours, string? Folder, string? Error)
{
    public static BackupState None { get; } = new(null, null, null, null);
}

/// <summary>A pipeline's latest run (null before its first) and when one last succeeded.</summary>
public sealed record PipelineState(string Pipeline, LastRun? LastRun, DateTime? LastSuccessAt);

public sealed record LastRun(Guid RunId, string Partition, string Status, string Trigger, DateTime StartedAt, DateTime? FinishedAt, double? DurationS,
    string? Error);

/// <summary>The latest result of one check of one pipeline, and the run that produced it.</summary>
public sealed record CheckState(string Pipeline, string Name, string Dataset, string Severity, bool Passed, string Observed, string Expected,
    long FailingRows, Guid RunId);
