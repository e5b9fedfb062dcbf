using Microsoft.Extensions.Logging;

namespace Strata.Bench;

/// <summary>The benchmark's log messages.</summary>
internal static partial class BenchLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Bench stage {Stage}: {Rows} rows in {Seconds:F1} s ({RowsPerSecond:F0} rows/s), peak memory {PeakMemoryMb} MB")]
    public static partial void Stage(ILogger logger, string stage, long rows, double seconds, double rowsPerSecond, double peakMemoryMb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Raw limit: {Rows} sales pulled by postgresql() in {Seconds:F1} s ({RowsPerSecond:F0} rows/s)")]
    public static partial void RawLimit(ILogger logger, long rows, double seconds, double rowsPerSecond);
}
