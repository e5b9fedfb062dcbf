using System.Text.Json.Serialization;

namespace Strata.Pipeline;

/// <summary>One step's outcome and measurements (R7.1); Error says why it failed, null otherwise.</summary>
public sealed record StepResult(string Name, string Status, long DurationMs, long RowsIn, long RowsOut, double PeakMemoryMb, string? Error)
{
    /// <summary>When the step began (UTC), for the run history; not part of the printed summary.</summary>
    [JsonIgnore]
    public DateTime StartedAt { get; init; }

    [JsonIgnore]
    public bool Succeeded => Status == PipelineStatus.Succeeded;

    public static StepResult Skipped(string name) => new(name, PipelineStatus.Skipped, 0, 0, 0, 0, null);
}
