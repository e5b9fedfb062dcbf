using Microsoft.Extensions.Logging;
using Strata.ClickHouse;
using Strata.Postgres;

namespace Strata.Archive;

/// <summary>
/// Everything one monthly run works with: ClickHouse (the source), the archive (the target), the raw tier (gap
/// explanations and the ledger), how ClickHouse reaches the archive (postgresql() arguments), the run's identity.
/// </summary>
public sealed record MonthlyRun(
    IClickHouseEngine ClickHouse,
    ArchiveDatabase Archive,
    PostgresDatabase Raw,
    ClickHouseParameters ArchiveTarget,
    FaultInjector Faults,
    ILogger Logger)
{
    public Guid RunId { get; } = Guid.NewGuid();

    /// <summary>Stamped on every row this run archives (archived_at), whole microseconds like the column.</summary>
    public DateTime ArchivedAt { get; } = DateTime.UnixEpoch.AddTicks((DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 10 * 10);
}
