using Strata.Quality;

namespace Strata.Pipeline.History;

/// <summary>One run as the run history holds it (`strata runs list|show`): each step's last attempt, and with `show` its checks.</summary>
public sealed record RunRecord(
    Guid RunId,
    string Pipeline,
    string Partition,
    string Status,
    string Trigger,
    DateTime StartedAt,
    DateTime? FinishedAt,
    int Attempts,
    string? Error,
    IReadOnlyList<StepRecord> Steps)
{
    /// <summary>The run's data-quality results (`strata runs show`); not listed by `strata runs list`.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CheckResult>? Checks { get; init; }
}

/// <summary>A step's last attempt in the run history.</summary>
public sealed record StepRecord(string Name, string Status, int Attempt, long DurationMs, long RowsIn, long RowsOut, double PeakMemoryMb, string? Error);
