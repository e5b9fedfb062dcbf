namespace Strata.Pipeline;

/// <summary>
/// Which run this is: the pipeline, the partition it works on ("2024-03-01", "2024-01-01..2024-03-31", "2024-03",
/// "" for none) with the days it covers, what started it and its id. Several invocations share one id when an
/// orchestrator runs the steps of one run one process at a time.
/// </summary>
public sealed record PipelineRun(string Pipeline, string Partition)
{
    public Guid RunId { get; init; } = Guid.NewGuid();

    /// <summary>The first and last UTC day the partition covers; null for a pipeline without partitions.</summary>
    public (DateOnly First, DateOnly Last)? Days { get; init; }

    public string Trigger { get; init; } = Triggers.Manual;

    /// <summary>The cron occurrence a scheduled run stands for; null otherwise.</summary>
    public DateTimeOffset? ScheduledFor { get; init; }
}
