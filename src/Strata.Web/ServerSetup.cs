using Microsoft.Extensions.Logging;
using Strata.Configuration;
using Strata.Monitoring.Metrics;
using Strata.Pipeline;
using Strata.Postgres;
using Strata.Web.Forwarding;
using Strata.Web.Scheduling;

namespace Strata.Web;

/// <summary>
/// What the CLI hands `strata serve`: where to listen, the stores, the scheduler's settings, where logs go, how to carry out a
/// forwarded command (the CLI's own command tree), who hears the scheduled runs (the CLI's observer wiring, one place for both)
/// and the process's metrics, which every run in the server records into and /metrics serves.
/// </summary>
public sealed record ServerSetup(
    ServerOptions Options,
    StrataSettings Settings,
    SchedulerSettings Scheduling,
    ILoggerFactory LoggerFactory,
    CommandExecutor Execute,
    Func<PostgresDatabase, IRunObserver> Observers,
    ProcessMetrics Metrics);

/// <summary>How a server's life went, for the summary `strata serve` prints when it stops.</summary>
public sealed record ServerStopped(string Status, Uri Url, DateTimeOffset StartedAt, DateTimeOffset StoppedAt);
