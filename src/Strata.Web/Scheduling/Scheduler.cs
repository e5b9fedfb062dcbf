using Microsoft.Extensions.Logging;
using Strata.Backups;
using Strata.Configuration;
using Strata.Diagnostics;
using Strata.Pipeline;
using Strata.Pipeline.Graph;
using Strata.Postgres;

namespace Strata.Web.Scheduling;

/// <summary>
/// The built-in scheduler: at an instant, runs every occurrence of every pipeline's schedule that is due and not done
/// (with catch-up, <see cref="SchedulePlan"/>). Pipelines go upstream first (ingest, daily, monthly, as the graph lists
/// them), then the backup when STRATA_BACKUP_SCHEDULE asks for one, each one's occurrences oldest first, one run at a
/// time: a pass never runs two runs at once, so never two of one pipeline, nor a backup beside a pipeline's run (across
/// processes, the daily and monthly runs' PostgreSQL locks keep them apart).
/// </summary>
public sealed class Scheduler(IReadOnlyList<PipelineDefinition> pipelines, int catchUp, PostgresDatabase raw, PipelineLauncher launcher, ILogger logger)
{
    public IReadOnlyList<PipelineDefinition> Pipelines => pipelines;

    /// <summary>The scheduler of the pipeline graph, its cron expressions read in STRATA_TIMEZONE.</summary>
    public static Scheduler Create(StrataSettings settings, SchedulerSettings scheduling, PostgresDatabase raw, Func<PostgresDatabase, IRunObserver> observers,
        ILoggerFactory loggerFactory)
    {
        IReadOnlyList<PipelineDefinition> pipelines;
        try
        {
            IEnumerable<PipelineDefinition> backup = scheduling.BackupCron is { } cron
                ? [BackupRunner.Definition(new Schedule(cron, PipelineCatalogue.DefaultTimeZone).In(settings.TimeZone))]
                : [];
            pipelines = [.. PipelineCatalogue.In(settings.TimeZone), .. backup];
        }
        catch (Exception unknown) when (unknown is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new StrataException($"STRATA_TIMEZONE must name an IANA time zone this machine knows (Europe/Berlin, UTC), not '{settings.TimeZone}'.");
        }
        var launcher = new PipelineLauncher(settings, scheduling, raw, observers, loggerFactory);
        return new Scheduler(pipelines, scheduling.CatchUp, raw, launcher, loggerFactory.CreateLogger<Scheduler>());
    }

    public async Task<SchedulerPass> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var runs = new List<ScheduledRun>();
        var skipped = new List<SkippedOccurrence>();
        var waiting = false;
        foreach (var pipeline in pipelines)
        {
            var plan = await SchedulePlan.ForAsync(raw, pipeline, now, catchUp, cancellationToken);
            if (plan.Skipped.Count > 0)
            {
                SchedulerLog.Skipped(logger, plan.Skipped.Count, pipeline.Name, plan.Skipped[0], plan.Skipped[^1], catchUp);
                skipped.AddRange(plan.Skipped.Select(at => new SkippedOccurrence(pipeline.Name, at, $"beyond the catch-up bound of {catchUp}")));
            }
            if (plan.Waiting is { } going)
            {
                SchedulerLog.Waiting(logger, pipeline.Name, going.ScheduledFor, going.ProcessId);
                skipped.Add(new SkippedOccurrence(pipeline.Name, going.ScheduledFor, $"still running in process {going.ProcessId}"));
                waiting = true;
            }
            foreach (var at in plan.ToRun)
            {
                runs.Add(await RunAsync(pipeline, at, cancellationToken));
            }
        }
        return new SchedulerPass(now, runs, skipped) { Waiting = waiting };
    }

    /// <summary>The first occurrence of any pipeline after <paramref name="instant"/>: when the next pass is due.</summary>
    public DateTimeOffset NextOccurrence(DateTimeOffset instant) =>
        pipelines.SelectMany(pipeline => pipeline.Schedule.Occurrences(instant, instant.AddYears(1)).Take(1)).Min();

    private async Task<ScheduledRun> RunAsync(PipelineDefinition pipeline, DateTimeOffset at, CancellationToken cancellationToken)
    {
        SchedulerLog.Starting(logger, pipeline.Name, at);
        var run = await launcher.RunAsync(pipeline, at, cancellationToken);
        var partition = run.Partition.Length == 0 ? "no partition" : run.Partition;
        if (run.Status == PipelineStatus.Succeeded)
        {
            SchedulerLog.Succeeded(logger, run.Pipeline, at, partition, run.RunId);
        }
        else
        {
            SchedulerLog.Failed(logger, run.Pipeline, at, partition, run.Status, run.RunId, run.Error);
        }
        return run;
    }
}
