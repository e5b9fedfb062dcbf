using Strata.Quality;

namespace Strata.Monitoring.Notifications;

/// <summary>
/// One thing worth telling a person about a run: it failed, a warn check failed (an anomaly), or it succeeded after the
/// pipeline's previous run failed. Carries what every channel says: the pipeline, partition, step, error, the checks
/// at fault, the run id and the command to look further. The error is already redacted (<see cref="Redactor"/>).
/// </summary>
public sealed record Alert(string Event, string Pipeline, string Partition, Guid RunId, string? Step, string? Error, IReadOnlyList<CheckResult> Checks,
    DateTimeOffset At)
{
    public const string RunFailed = "run_failed";
    public const string CheckWarned = "check_warned";
    public const string RunRecovered = "run_recovered";

    /// <summary>Where to look further.</summary>
    public string Command => $"strata runs show {RunId}";

    /// <summary>"daily 2024-03-25 failed at transform": a subject line, a header.</summary>
    public string Title => Event switch
    {
        RunFailed => $"{Name} failed" + (Step is null ? "" : $" at {Step}"),
        CheckWarned => $"{Name}: {Checks.Count} check(s) warned",
        _ => $"{Name} succeeded again after a failure",
    };

    private string Name => Partition.Length == 0 ? Pipeline : $"{Pipeline} {Partition}";

    /// <summary>One line per check at fault: "volume_sales_data (warn) on raw.sales_data: observed 2.6x ..., expected ...".</summary>
    public IEnumerable<string> CheckLines => Checks.Select(check =>
        $"{check.Name} ({Severities.Name(check.Severity)}) on {check.Dataset}: observed {check.Observed}, expected {check.Expected}");
}
