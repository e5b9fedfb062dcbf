namespace Strata.Quality;

/// <summary>What a failed check does: <c>error</c> fails the step it guards (nothing downstream runs); <c>warn</c> is recorded and notified, and the run goes
/// on.</summary>
public enum Severity
{
    Error,
    Warn,
}

public static class Severities
{
    /// <summary>How the run history, summaries, metrics and alerts spell a severity: "error", "warn".</summary>
    public static string Name(Severity severity) => severity == Severity.Error ? "error" : "warn";
}
