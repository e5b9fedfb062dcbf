using Strata.Postgres;

namespace Strata.Warehouse.Daily;

/// <summary>
/// One daily run at a time per raw tier (an orchestrator retrying while a run is still going, two schedules
/// overlapping): a second run would recreate the first one's ClickHouse working tables under it. Held in
/// PostgreSQL, which every run reads and which both ClickHouse engines (embedded, server) share.
/// </summary>
public static class DailyRunLock
{
    private const long Key = 0x5354_5241_444C; // "STRADL"

    public static Task<RunLock> AcquireAsync(PostgresDatabase raw, CancellationToken cancellationToken) =>
        RunLock.AcquireAsync(raw, Key, "Another daily run is loading from this raw tier; wait for it to finish.", cancellationToken);
}
