using Microsoft.Extensions.Logging;

namespace Strata.Benchmarking;

/// <summary>The benchmark's log messages, source-generated.</summary>
internal static partial class BenchLog
{
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Benchmark of {Sales} sales, stages {Stages}: data in {Folder}, raw tier {Postgres}, ClickHouse {ClickHouse}")]
    public static partial void Starting(ILogger logger, long sales, string stages, string folder, string postgres, string clickHouse);

    [LoggerMessage(Level = LogLevel.Warning, Message = "--reset: emptied {Store} ({What})")]
    public static partial void Emptied(ILogger logger, string store, string what);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Stage {Stage}: {Rows} rows in {Seconds} s ({RowsPerSecond} rows/s), peak memory {PeakMemoryMb} MB; "
            + "raw limit {LimitSeconds} s, ratio {Ratio}")]
    public static partial void StageDone(
        ILogger logger, string stage, long rows, double seconds, double rowsPerSecond, double peakMemoryMb, double limitSeconds, double ratio);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Raw limit pull: {Rows} rows in {Seconds} s ({RowsPerSecond} rows/s), peak memory {PeakMemoryMb} MB")]
    public static partial void Pulled(ILogger logger, long rows, double seconds, double rowsPerSecond, double peakMemoryMb);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Raw limit: {Rows} rows in {Seconds} s ({RowsPerSecond} rows/s), "
            + "the faster of the pulls before ({BeforeSeconds} s) and after ({AfterSeconds} s) the daily load")]
    public static partial void RawLimit(ILogger logger, long rows, double seconds, double rowsPerSecond, double beforeSeconds, double afterSeconds);
}
