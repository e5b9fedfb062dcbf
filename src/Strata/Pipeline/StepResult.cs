using System.Text.Json.Serialization;
using Strata.Quality;

namespace Strata.Pipeline;

/// <summary>One step's outcome and measurements (R7.1); Error says why it failed, null otherwise.</summary>
public sealed record StepResult(string Name, string Status, long DurationMs, long RowsIn, long RowsOut, double PeakMemoryMb, string? Error)
{
    /// <summary>When the step began (UTC), for the run history; not part of the printed summary.</summary>
    [JsonIgnore]
    public DateTime StartedAt { get; init; }

    /// <summary>Which try this was (1 = the first): a transient fault is retried as the step's policy says.</summary>
    [JsonIgnore]
    public int Attempt { get; init; } = 1;

    /// <summary>The data-quality checks that guarded the step, with their outcomes.</summary>
    [JsonIgnore]
    public IReadOnlyList<CheckResult> Checks { get; init; } = [];

    /// <summary>What made the step fail, for deciding whether to try again; null when it succeeded or timed out.</summary>
    [JsonIgnore]
    public Exception? Fault { get; init; }

    [JsonIgnore]
    public bool Succeeded => Status == PipelineStatus.Succeeded;

    public static StepResult Skipped(string name) => new(name, PipelineStatus.Skipped, 0, 0, 0, 0, null);
}
