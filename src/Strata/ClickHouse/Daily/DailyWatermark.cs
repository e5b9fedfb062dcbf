using Microsoft.Extensions.Logging;
using Strata.Sql;

namespace Strata.ClickHouse.Daily;

/// <summary>
/// Where the last successful run got to, kept in ClickHouse next to the data it describes (a restored or
/// fresh ClickHouse store carries its own watermark, or none), read from PostgreSQL's clock (the clock that
/// stamps updated_at).
/// </summary>
internal static class DailyWatermark
{
    public static async Task<DateTime?> LastAsync(DailyRun run, CancellationToken cancellationToken)
    {
        var rows = await run.QueryAsync("clickhouse/daily/watermark/read.sql", row => row[0] as DateTime?, cancellationToken);
        return rows[0];
    }

    public static async Task<DateTime> PostgresClockAsync(DailyRun run, CancellationToken cancellationToken)
    {
        var clock = await run.Postgres.ScalarAsync<DateTime>(SqlCatalog.Read("postgres/daily/clock.sql"), cancellationToken);
        return DateTime.SpecifyKind(clock, DateTimeKind.Utc);
    }

    public static async Task RecordAsync(DailyRun run, CancellationToken cancellationToken)
    {
        await run.ExecuteAsync("clickhouse/daily/watermark/record.sql", cancellationToken,
            ("run_id", run.RunId), ("watermark", run.ExtractStartedAt), ("from", run.Range.From), ("to", run.Range.To));
        DailyLog.WatermarkRecorded(run.Logger, run.ExtractStartedAt, run.RunId);
    }
}
