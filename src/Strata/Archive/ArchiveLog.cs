using Microsoft.Extensions.Logging;

namespace Strata.Archive;

/// <summary>The archive tier's log messages, source-generated (R7.1: every step with its duration, rows and memory).</summary>
internal static partial class ArchiveLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Archive tier is {Server}")]
    public static partial void Connected(ILogger logger, ArchiveServer server);

    [LoggerMessage(Level = LogLevel.Information, Message = "Archiving {Month} from ClickHouse")]
    public static partial void MonthStarted(ILogger logger, ArchiveMonth month);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Step} succeeded in {DurationMs} ms: {RowsIn} rows in, {RowsOut} rows out, peak {PeakMemoryMb} MB")]
    public static partial void StepSucceeded(ILogger logger, string step, long durationMs, long rowsIn, long rowsOut, double peakMemoryMb);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Step} failed after {DurationMs} ms (peak {PeakMemoryMb} MB): {Reason}")]
    public static partial void StepFailed(ILogger logger, string step, long durationMs, double peakMemoryMb, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Month}: no sales on {Day} in ClickHouse, and none in the source either")]
    public static partial void GapExplained(ILogger logger, ArchiveMonth month, DateOnly day);
}
