using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Strata.Web.Scheduling;

/// <summary>
/// The scheduler inside `strata serve`: a pass at start (catching up what was missed while the server was down), then
/// one at every cron occurrence. When the server stops, the run in hand is cancelled: its step finishes or is abandoned,
/// the run is recorded `abandoned`, and the next start runs that occurrence again.
/// </summary>
internal sealed class SchedulerService(Scheduler scheduler, TimeProvider clock, ILogger<SchedulerService> logger) : BackgroundService
{
    /// <summary>How soon to look again when a pass could not finish its work (the raw tier was down, a run was still going elsewhere).</summary>
    private static readonly TimeSpan Retry = TimeSpan.FromMinutes(1);

    /// <summary>The longest single wait: a timer far in the future is re-armed rather than trusted across clock changes.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The host finishes starting (the API answers) while the first pass catches up.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = scheduler.NextOccurrence(now);
            try
            {
                if ((await scheduler.RunDueAsync(now, stoppingToken)).Waiting)
                {
                    next = Min(next, now + Retry);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                next = Min(next, now + Retry);
                SchedulerLog.PassFailed(logger, failure.Message, next);
            }
            SchedulerLog.Sleeping(logger, next);
            var wait = next - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait < LongestWait ? wait : LongestWait, clock, stoppingToken);
            }
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
