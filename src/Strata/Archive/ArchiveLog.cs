using Microsoft.Extensions.Logging;

namespace Strata.Archive;

/// <summary>The archive tier's log messages, source-generated; each step's measurements are the runner's (PipelineLog).</summary>
internal static partial class ArchiveLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Archive tier is {Server}")]
    public static partial void Connected(ILogger logger, ArchiveServer server);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Month}: no sales on {Day} in ClickHouse, and none in the source either")]
    public static partial void GapExplained(ILogger logger, ArchiveMonth month, DateOnly day);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Month}: monthly summaries rebuilt for {Months} month(s), {Rows} summary rows written")]
    public static partial void Summarized(ILogger logger, ArchiveMonth month, int months, long rows);
}
