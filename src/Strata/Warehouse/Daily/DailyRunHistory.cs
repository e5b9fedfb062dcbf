using Strata.Pipeline;
using Strata.Sql;

namespace Strata.Warehouse.Daily;

/// <summary>
/// The daily runs' memory, kept in ClickHouse's etl_runs next to the data it describes: a restored or fresh
/// ClickHouse store carries its own watermark, or none, and never skips changes it does not hold. The
/// watermark is PostgreSQL's clock (the clock that stamps updated_at), read before the extract.
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

    /// <summary>One etl_runs row per step that ran; only a run that succeeded end to end records its watermark.</summary>
    public static async Task RecordAsync(DailyRun run, IEnumerable<StepResult> steps, bool succeeded, CancellationToken cancellationToken)
    {
        foreach (var step in steps.Where(s => s.Status != PipelineStatus.Skipped))
        {
            DateTime? watermark = succeeded && step.Name == "extract" ? run.ExtractStartedAt : null;
            await run.ExecuteAsync("warehouse/daily/runs/record_step.sql", cancellationToken,
                ("run_id", run.RunId), ("step", step.Name), ("logical_date", run.Range.To), ("status", step.Status),
                ("started_at", step.StartedAt), ("finished_at", step.StartedAt.AddMilliseconds(step.DurationMs)),
                ("rows_in", step.RowsIn), ("rows_out", step.RowsOut), ("watermark", watermark), ("message", step.Error ?? ""));
        }
        if (succeeded)
        {
            DailyLog.WatermarkRecorded(run.Logger, run.ExtractStartedAt, run.RunId);
        }
    }
}
