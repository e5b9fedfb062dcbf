using System.Text.Json.Serialization;
using Strata.Pipeline;

namespace Strata.Web.Scheduling;

/// <summary>
/// A run the scheduler started: the occurrence it stands for, the partition it worked on (a backup: the folder it wrote),
/// and how it ended.
/// </summary>
public sealed record ScheduledRun(string Pipeline, DateTimeOffset ScheduledFor, string Partition, string Status, Guid? RunId, string? Error);

/// <summary>An occurrence a pass did not run, and why (beyond the catch-up bound, or its run still going elsewhere).</summary>
public sealed record SkippedOccurrence(string Pipeline, DateTimeOffset ScheduledFor, string Reason);

/// <summary>What one pass of the scheduler did at an instant; <see cref="Waiting"/> when a run still going elsewhere held one back.</summary>
public sealed record SchedulerPass(DateTimeOffset Now, IReadOnlyList<ScheduledRun> Runs, IReadOnlyList<SkippedOccurrence> Skipped)
{
    [JsonIgnore]
    public bool Waiting { get; init; }

    [JsonIgnore]
    public bool Succeeded => Runs.All(run => run.Status == PipelineStatus.Succeeded);
}
