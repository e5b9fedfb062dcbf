namespace Strata.Pipeline;

/// <summary>How a run or one of its steps ended, as summaries, logs and the run history spell it.</summary>
public static class PipelineStatus
{
    public const string Succeeded = "succeeded";

    public const string Failed = "failed";

    /// <summary>A step that did not start because one before it failed.</summary>
    public const string Skipped = "skipped";

    /// <summary>A run still going (in the run history).</summary>
    public const string Running = "running";

    /// <summary>A run left unfinished: its server stopped mid-step, or its process died. The scheduler runs its interval again.</summary>
    public const string Abandoned = "abandoned";
}
