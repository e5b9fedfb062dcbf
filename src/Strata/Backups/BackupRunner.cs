using Microsoft.Extensions.Logging;
using Strata.Configuration;
using Strata.Pipeline;
using Strata.Pipeline.Graph;

namespace Strata.Backups;

/// <summary>What a backup run did: its run id in the history, how it ended, and the backup it wrote (null when it failed).</summary>
public sealed record BackupRun(Guid RunId, string Status, string? Error, BackupManifest? Manifest);

/// <summary>
/// A backup as a run of its own, <c>backup</c>: recorded in the run history like a pipeline's run (trigger, scheduled
/// occurrence, outcome), heard by the same observers (metrics, alerts, their export), so `strata runs list`, `strata status`
/// and the alerts see backups as they see loads. It waits for the turns of the ingest, daily and monthly runs on the same
/// stores (<see cref="PipelineTurns"/>): in `strata serve`, which owns the embedded store, a backup never runs while a
/// pipeline does, whether the scheduler or a caller's command started either. A backup that fails is the run's outcome,
/// never an exception (as a pipeline's is), its half-written folder removed.
/// </summary>
public sealed class BackupRunner(StrataSettings settings, BackupStores stores, ILogger logger)
{
    public const string Pipeline = "backup";

    /// <summary>One attempt (a failed backup is taken whole again at the next occurrence), within six hours.</summary>
    private static readonly StepDefinition Create = new("create", [], [], [], RetryPolicy.Once, TimeSpan.FromHours(6), []);

    /// <summary>The backup as the scheduler runs it, on <paramref name="schedule"/>; it has no partition.</summary>
    public static PipelineDefinition Definition(Schedule schedule) => new(Pipeline, schedule, PartitionKind.None, [Create]);

    public async Task<BackupRun> RunAsync(string root, IReadOnlyList<BackupTier> tiers, int? keep, RunOptions options, CancellationToken cancellationToken)
    {
        var identity = new PipelineRun(Pipeline, "")
        {
            RunId = options.RunId ?? Guid.NewGuid(),
            Trigger = options.Trigger,
            ScheduledFor = options.ScheduledFor,
        };
        var turns = new List<IDisposable>();
        try
        {
            // The pipelines' turns in the graph's order, always: a pipeline's run takes one turn only, so no two wait for each other.
            turns.Add(await PipelineTurns.TakeAsync(identity with { Pipeline = PipelineCatalogue.Ingest.Name }, settings.Raw, logger, cancellationToken));
            turns.Add(await PipelineTurns.TakeAsync(identity with { Pipeline = PipelineCatalogue.Daily.Name }, settings.Raw, logger, cancellationToken));
            turns.Add(await PipelineTurns.TakeAsync(identity with { Pipeline = PipelineCatalogue.Monthly.Name }, settings.Archive, logger, cancellationToken));
            BackupManifest? manifest = null;
            var step = new PipelineStep(Create.Name, Create, async ct =>
            {
                manifest = await new BackupCreator(stores).CreateAsync(root, tiers, keep, ct);
                return new StepRows(0, manifest.Tiers.Sum(tier => tier.Tables.Sum(table => table.Rows)));
            });
            var outcome = RunOutcome.Of(await new PipelineRunner(identity, options, logger).RunAsync([step], cancellationToken));
            return new BackupRun(identity.RunId, outcome.Status, outcome.Error, outcome.Succeeded ? manifest : null);
        }
        finally
        {
            foreach (var turn in Enumerable.Reverse(turns))
            {
                turn.Dispose();
            }
        }
    }
}
