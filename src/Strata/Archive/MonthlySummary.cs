using Strata.Pipeline;
using Strata.Quality;

namespace Strata.Archive;

/// <summary>
/// What `strata run monthly` reports, in the daily run's shape: the outcome, the months, each step measured,
/// and the verification of every month against ClickHouse. Error says why the run failed, null otherwise.
/// </summary>
public record MonthlySummary(string Status, IReadOnlyList<string> Months, IReadOnlyList<StepResult> Steps, ArchiveVerification Verification, string? Error)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Succeeded => Status == PipelineStatus.Succeeded;

    /// <summary>The run's id in the run history (`strata runs show`).</summary>
    public Guid RunId { get; init; }

    /// <summary>Every data-quality check that guarded a step of this run, with its outcome.</summary>
    public IReadOnlyList<CheckResult> Checks { get; init; } = [];
}

/// <summary>Every month the run reached, checked against ClickHouse; Matched only when all of them matched before and after the swap.</summary>
public sealed record ArchiveVerification(bool Matched, IReadOnlyList<MonthVerification> Months);

/// <summary>
/// One month's checks: ClickHouse's rows and revenue, what was staged and what the archive holds after the swap,
/// duplicates, the days without sales (each explained by the source having none) and any figure that differed.
/// </summary>
public sealed record MonthVerification(
    string Month,
    long ClickHouseRows,
    decimal ClickHouseRevenue,
    long StagedRows,
    long ArchivedRows,
    decimal ArchivedRevenue,
    long DuplicateRows,
    IReadOnlyList<DateOnly> DaysWithoutSales,
    IReadOnlyList<FigureMismatch> Mismatches,
    bool Matched);
