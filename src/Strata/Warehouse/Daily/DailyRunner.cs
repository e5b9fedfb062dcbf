using Microsoft.Extensions.Logging;
using Strata.ClickHouse;
using Strata.Pipeline;
using Strata.Pipeline.Graph;
using Strata.Postgres;
using Strata.Quality;

namespace Strata.Warehouse.Daily;

/// <summary>
/// The daily pipeline (PostgreSQL -> ClickHouse): extract, transform, load, reconcile, through the
/// <see cref="PipelineRunner"/> every pipeline shares, each step guarded by the checks the pipeline graph names
/// (<see cref="PipelineCatalogue.Daily"/>). Only a run whose reconcile succeeded moves the watermark on. A run that
/// finds another one going fails at its extract, before touching anything (<see cref="DailyRunLock"/>).
/// </summary>
public sealed class DailyRunner(IClickHouseEngine warehouse, PostgresDatabase raw, ILoggerFactory loggerFactory)
{
    public const string Pipeline = "daily";

    private static readonly IStep<DailyRun>[] Steps = [new ExtractStep(), new TransformStep(), new LoadStep(), new ReconcileStep()];

    private readonly ILogger logger = loggerFactory.CreateLogger<DailyRunner>();

    public async Task<DailySummary> RunAsync(DailyRange range, DailyOptions options, CancellationToken cancellationToken)
    {
        var identity = new PipelineRun(Pipeline, range.ToString())
        {
            RunId = options.RunId ?? Guid.NewGuid(),
            Days = (range.From, range.To),
            Trigger = options.Trigger,
            ScheduledFor = options.ScheduledFor,
            Continues = options.ContinuesRunOf(PipelineCatalogue.Daily),
        };
        using var turn = await PipelineTurns.TakeAsync(identity, raw.ConnectionString, logger, cancellationToken);
        await using var run = new DailyRun(identity, range, warehouse, raw, options, logger);
        var results = await new PipelineRunner(identity, options, logger).RunAsync(Steps.Select(step => Bind(step, run)), cancellationToken);
        if (results.Any(result => result.Name == "reconcile" && result.Succeeded))
        {
            await DailyRunHistory.RecordWatermarkAsync(run, cancellationToken);
        }
        return new DailySummary(RunOutcome.Of(results).Status, [.. run.AffectedDays], results, run.Reconciliation)
        {
            RunId = identity.RunId,
            Checks = [.. results.SelectMany(result => result.Checks)],
        };
    }

    /// <summary>
    /// What the checks guarding <paramref name="step"/> read: the transform's read the staging copies the load will swap
    /// in, the others the run's scope as it is (inside a run, and for `strata check --step`).
    /// </summary>
    public static CheckScope CheckScopeOf(string step, CheckScope scope) => step == "transform" ? scope.Staged() : scope;

    /// <summary>A step bound to its run, its declaration and the scope its checks read.</summary>
    private static PipelineStep Bind(IStep<DailyRun> step, DailyRun run)
    {
        var declared = PipelineCatalogue.Daily.Step(step.Name);
        var scope = CheckScopeOf(step.Name, run.Checks);
        return new PipelineStep(step.Name, declared, ct => step.RunAsync(run, ct))
        {
            CheckAsync = ct => CheckCatalogue.EvaluateAsync(declared.Checks, scope, ct),
        };
    }
}
