namespace Strata.Monitoring.Status;

/// <summary>
/// What the person on call needs on one screen (`strata status`), and what the metrics' state gauges show: each tier's
/// newest sale, each pipeline's last run and last success, the daily watermark, the newest archived month, the checks
/// whose latest result failed, and what to do about it. Status: <c>ok</c>, <c>attention</c> (a run or a check failed)
/// or <c>unhealthy</c> (a tier cannot be reached).
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

    /// <summary>The newest archived month's first day, for the metrics; null before the first monthly run.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? LastArchivedMonthStart { get; init; }

    /// <summary>The latest result of every check, passed or not (the metrics show both); <see cref="Checks"/> lists the failed ones.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<CheckState> AllChecks { get; init; } = [];
}

/// <summary>A tier by its engine's name (postgres, clickhouse, greenplum): its newest sale and how old that is, or why it could not be read.</summary>
public sealed record TierState(string Tier, DateTime? NewestSale, double? AgeHours, string? Error);

/// <summary>A pipeline's latest run (null before its first) and when one last succeeded.</summary>
public sealed record PipelineState(string Pipeline, LastRun? LastRun, DateTime? LastSuccessAt);

public sealed record LastRun(Guid RunId, string Partition, string Status, string Trigger, DateTime StartedAt, DateTime? FinishedAt, double? DurationS,
    string? Error);

/// <summary>The latest result of one check of one pipeline, and the run that produced it.</summary>
public sealed record CheckState(string Pipeline, string Name, string Dataset, string Severity, bool Passed, string Observed, string Expected,
    long FailingRows, Guid RunId);
