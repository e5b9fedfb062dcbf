using Microsoft.Extensions.Logging;

namespace Strata.Warehouse.Daily;

/// <summary>The daily run's log messages (R7.1: every step with its duration, data volume and memory).</summary>
internal static partial class DailyLog
{
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Daily run {RunId} for {Range} (and sales changed since {Since:yyyy-MM-dd HH:mm:ss.ffffff}Z), ClickHouse {Engine}")]
    public static partial void Started(ILogger logger, Guid runId, DailyRange range, DateTime since, string engine);

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily run {RunId} for {Range} (first run: no watermark yet), ClickHouse {Engine}")]
    public static partial void StartedFirst(ILogger logger, Guid runId, DailyRange range, string engine);

    [LoggerMessage(Level = LogLevel.Information, Message = "Affected days: {Days} in {Ranges} range(s), {First:yyyy-MM-dd} to {Last:yyyy-MM-dd}")]
    public static partial void AffectedDays(ILogger logger, int days, int ranges, DateOnly first, DateOnly last);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Table}: read {Read}, loaded {Loaded}, duplicates {Duplicates}, quarantined {Quarantined}")]
    public static partial void Account(ILogger logger, string table, long read, long loaded, long duplicates, long quarantined);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Table}: {Action} partition {PartitionId}")]
    public static partial void PartitionSwapped(ILogger logger, string table, string action, string partitionId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Table}: exchanged with its rebuilt staging copy")]
    public static partial void TableExchanged(ILogger logger, string table);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciliation of {Days} day(s): {Mismatches} mismatch(es)")]
    public static partial void Reconciled(ILogger logger, int days, int mismatches);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{SqlFile}: {DurationMs} ms")]
    public static partial void StatementTimed(ILogger logger, string sqlFile, long durationMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watermark {Watermark:o} recorded for run {RunId}")]
    public static partial void WatermarkRecorded(ILogger logger, DateTime watermark, Guid runId);
}
