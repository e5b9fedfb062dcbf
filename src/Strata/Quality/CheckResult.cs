namespace Strata.Quality;

/// <summary>
/// One data-quality check's outcome: what it checked (dataset), how bad a failure is, whether it passed, what it
/// observed against what it expected (as text a person reads: "0 rows", "between 0.5x and 2x of 41,200"), and how
/// many rows failed it.
/// </summary>
public sealed record CheckResult(string Name, string Dataset, Severity Severity, bool Passed, string Observed, string Expected, long FailingRows)
{
    /// <summary>A failure that blocks the step: an error-severity check that did not pass.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Blocks => !Passed && Severity == Severity.Error;

    public override string ToString() => $"{Name} on {Dataset}: observed {Observed}, expected {Expected}";
}
