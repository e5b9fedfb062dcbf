using Microsoft.Extensions.Logging;

namespace Strata.Web;

/// <summary>What `strata serve` tells the operator about itself.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "strata serve (pid {Pid}) listening on {Url}; token required: {TokenRequired}; "
        + "scheduler: {Scheduler}; embedded store: {Store}")]
    public static partial void Listening(ILogger logger, int pid, Uri url, bool tokenRequired, string scheduler, string store);

    [LoggerMessage(Level = LogLevel.Information, Message = "strata serve: {Identity}")]
    public static partial void DashboardReadsAs(ILogger logger, string identity);

    /// <summary>A warning: the dashboard works, but with more rights than reading needs.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "strata serve: {Identity}")]
    public static partial void DashboardReadsAsOwner(ILogger logger, string identity);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "strata serve stopping: a run in hand finishes its step or is abandoned, then the store is released")]
    public static partial void Stopping(ILogger logger);
}
