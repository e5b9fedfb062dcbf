namespace Strata.Pipeline.Graph;

/// <summary>
/// One step of a pipeline as the graph declares it: which steps must succeed before it, which datasets it reads
/// and writes ("raw.sales_data", "warehouse.fact_sales"), its retry policy, how long it may take, and the
/// data-quality checks that guard it (run when its work is done; an error-severity failure fails the step, so
/// nothing downstream runs).
/// </summary>
public sealed record StepDefinition(
    string Name,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> Reads,
    IReadOnlyList<string> Writes,
    RetryPolicy Retry,
    TimeSpan Timeout,
    IReadOnlyList<string> Checks);
