namespace Strata.Quality;

/// <summary>
/// One data-quality check (in the spirit of dbt tests and Dagster asset checks): its name, the dataset it guards
/// ("warehouse.fact_sales"), what a failure does, what it asserts in a sentence, and how it is evaluated against
/// a <see cref="CheckScope"/>. The same evaluation runs inside a pipeline (after the step it guards) and on its
/// own (`strata check`).
/// </summary>
public sealed record DataCheck(
    string Name,
    string Dataset,
    Severity Severity,
    string Description,
    Func<CheckScope, CancellationToken, Task<CheckResult>> EvaluateAsync)
{
    /// <summary>Whether `strata check` runs it on its own; false for a check of something only a run has (a staging table).</summary>
    public bool RunsAlone { get; init; } = true;

    /// <summary>A result of this check: passed when no row fails it.</summary>
    public CheckResult Result(long failingRows, string observed, string expected) =>
        new(Name, Dataset, Severity, failingRows == 0, observed, expected, failingRows);

    /// <summary>A result of this check with an explicit verdict (anomaly bands, where no single row is at fault).</summary>
    public CheckResult Result(bool passed, string observed, string expected) =>
        new(Name, Dataset, Severity, passed, observed, expected, passed ? 0 : 1);
}
