using System.Text.Json.Serialization;
using Strata.ClickHouse;

namespace Strata.Warehouse.Daily;

/// <summary>What `strata run daily` reports: the outcome, the days it rebuilt, each step and the reconciliation.</summary>
public record DailySummary(
    string Status,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<StepSummary> Steps,
    Reconciliation Reconciliation)
{
    public const string SucceededStatus = "succeeded";
    public const string FailedStatus = "failed";
}

/// <summary>One step's outcome and measurements (R7.1); Error says why it failed, null otherwise.</summary>
public sealed record StepSummary(string Name, string Status, long DurationMs, long RowsIn, long RowsOut, double PeakMemoryMb, string? Error)
{
    public const string SucceededStatus = "succeeded";
    public const string FailedStatus = "failed";
    public const string SkippedStatus = "skipped";

    /// <summary>When the step began (UTC), for the run history; not part of the printed summary.</summary>
    [JsonIgnore]
    public DateTime StartedAt { get; init; }

    public static StepSummary Skipped(string name) => new(name, SkippedStatus, 0, 0, 0, 0, null);
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
