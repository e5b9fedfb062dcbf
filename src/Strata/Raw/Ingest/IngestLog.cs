using Microsoft.Extensions.Logging;
using Strata.Sources;

namespace Strata.Raw.Ingest;

/// <summary>The ingest's log messages, source-generated.</summary>
internal static partial class IngestLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Ingesting {FileCount} file(s) as {Format}")]
    public static partial void Starting(ILogger logger, int fileCount, IngestFormat format);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{File} -> {Table}: read {Read}, loaded {Loaded}, duplicates {Duplicates}, quarantined {Quarantined}")]
    public static partial void TableLoaded(ILogger logger, string file, string table, long read, long loaded, long duplicates, long quarantined);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{File}: staged {Rows} row(s) with binary COPY in {Milliseconds} ms")]
    public static partial void Staged(ILogger logger, string file, ulong rows, long milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{File} -> {Table}: merged in {Milliseconds} ms")]
    public static partial void Merged(ILogger logger, string file, string table, long milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{SqlFile}: {DurationMs} ms")]
    public static partial void StatementTimed(ILogger logger, string sqlFile, long durationMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {File}: {Reason}")]
    public static partial void FileRefused(ILogger logger, string file, string reason);
}
