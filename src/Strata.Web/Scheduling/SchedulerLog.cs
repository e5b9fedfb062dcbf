using Microsoft.Extensions.Logging;

namespace Strata.Web.Scheduling;

/// <summary>What the scheduler tells the operator, one line per event.</summary>
internal static partial class SchedulerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Pipeline} run for {ScheduledFor:u} starting")]
    public static partial void Starting(ILogger logger, string pipeline, DateTimeOffset scheduledFor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Pipeline} run for {ScheduledFor:u} ({Partition}) succeeded: run {RunId}")]
    public static partial void Succeeded(ILogger logger, string pipeline, DateTimeOffset scheduledFor, string partition, Guid? runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled {Pipeline} run for {ScheduledFor:u} ({Partition}) {Status}: run {RunId}: {Error}")]
    public static partial void Failed(ILogger logger, string pipeline, DateTimeOffset scheduledFor, string partition, string status, Guid? runId,
        string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Count} missed {Pipeline} occurrence(s) from {First:u} to {Last:u}: beyond the catch-up "
        + "bound of {CatchUp} (STRATA_SCHEDULER_CATCHUP); run them with `strata backfill` if they are needed")]
    public static partial void Skipped(ILogger logger, int count, string pipeline, DateTimeOffset first, DateTimeOffset last, int catchUp);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Pipeline} run for {ScheduledFor:u} is still going in process {ProcessId}; "
        + "the scheduler looks again later")]
    public static partial void Waiting(ILogger logger, string pipeline, DateTimeOffset scheduledFor, int processId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduler could not read the run history ({Error}); it tries again at {Retry:u}")]
    public static partial void PassFailed(ILogger logger, string error, DateTimeOffset retry);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler: next occurrence at {Next:u}")]
    public static partial void Sleeping(ILogger logger, DateTimeOffset next);
}
