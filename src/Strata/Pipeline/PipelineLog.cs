using Microsoft.Extensions.Logging;

namespace Strata.Pipeline;

/// <summary>The runner's log messages (R7.1: every step with its duration, data volume and memory).</summary>
internal static partial class PipelineLog
{
    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Pipeline} {Partition}: {Step} succeeded in {DurationMs} ms, {RowsIn} rows in, {RowsOut} rows out, "
            + "peak memory {PeakMemoryMb} MB (run {RunId})")]
    public static partial void StepSucceeded(
        ILogger logger, string pipeline, string partition, string step, long durationMs, long rowsIn, long rowsOut, double peakMemoryMb, Guid runId);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "{Pipeline} {Partition}: {Step} failed after {DurationMs} ms (peak memory {PeakMemoryMb} MB): {Error} [{ErrorCode}] (run {RunId})")]
    public static partial void StepFailed(
        ILogger logger, string pipeline, string partition, string step, long durationMs, double peakMemoryMb, string error, string errorCode, Guid runId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Pipeline} {Partition}: {Step} failed with a transient fault; attempt {Attempt} in {DelaySeconds:0.0} s ({Error}) (run {RunId})")]
    public static partial void StepRetrying(
        ILogger logger, string pipeline, string partition, string step, int attempt, double delaySeconds, string error, Guid runId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Pipeline} {Partition}: another {Pipeline} run on these stores is going in this process; this one starts when it ends (run {RunId})")]
    public static partial void WaitingForTurn(ILogger logger, string pipeline, string partition, Guid runId);
}
