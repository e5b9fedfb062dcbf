using Strata.Sql;

namespace Strata.Warehouse.Daily;

/// <summary>
/// The daily runs' lineage, kept in ClickHouse's etl_runs next to the data it describes: a restored or fresh
/// ClickHouse store carries its own watermark, or none, and never skips changes it does not hold. The watermark
/// is PostgreSQL's clock (the clock that stamps updated_at), read before the extract. The run history of every
/// pipeline (steps, attempts, checks) is the raw tier's strata_meta.
/// </summary>
internal static class DailyRunHistory
{
    public static async Task<DateTime?> LastWatermarkAsync(DailyRun run, CancellationToken cancellationToken)
    {
        var rows = await run.QueryAsync("warehouse/daily/runs/last_watermark.sql", row => row.Instant("watermark"), cancellationToken);
        return rows[0];
    }

    public static async Task<DateTime> PostgresClockAsync(DailyRun run, CancellationToken cancellationToken)
    {
        var clock = await run.Raw.ScalarAsync<DateTime>(SqlCatalog.Read("raw/daily/clock.sql"), cancellationToken);
        return DateTime.SpecifyKind(clock, DateTimeKind.Utc);
    }

    /// <summary>Only a run that succeeded end to end moves the watermark on.</summary>
    public static async Task RecordWatermarkAsync(DailyRun run, CancellationToken cancellationToken)
    {
        await run.ExecuteAsync("warehouse/daily/runs/record_watermark.sql", cancellationToken,
            ("run_id", run.RunId), ("logical_date", run.Range.To), ("extract_started_at", run.ExtractStartedAt));
        DailyLog.WatermarkRecorded(run.Logger, run.ExtractStartedAt, run.RunId);
    }
}
