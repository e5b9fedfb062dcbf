using Strata.Pipeline;
using Strata.Quality;
using Strata.Raw;

namespace Strata.Warehouse.Daily;

/// <summary>What `strata run daily` reports: the outcome, the days it rebuilt, each step and the reconciliation.</summary>
public record DailySummary(
    string Status,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<StepResult> Steps,
    Reconciliation Reconciliation)
{
    /// <summary>The run's id in the run history (`strata runs show`).</summary>
    public Guid RunId { get; init; }

    /// <summary>Every data-quality check that guarded a step of this run, with its outcome.</summary>
    public IReadOnlyList<CheckResult> Checks { get; init; } = [];
}

/// <summary>
/// The checks after the load: per affected day, ClickHouse's figures against PostgreSQL's (any mismatch
/// listed), and per target table the row account recorded in the load ledger.
/// </summary>
public sealed record Reconciliation(bool Matched, int DatesChecked, IReadOnlyList<DayMismatch> Mismatches, IReadOnlyList<TableAccount> Tables)
{
    public static Reconciliation NotRun { get; } = new(false, 0, [], []);
}

/// <summary>One figure of one day that differs between the stores.</summary>
public sealed record DayMismatch(DateOnly Date, string Figure, decimal ClickHouse, decimal Postgres)
{
    public override string ToString() => $"{Date:yyyy-MM-dd} {Figure}: ClickHouse {ClickHouse}, PostgreSQL {Postgres}";
}
