using System.Collections.Concurrent;
using System.Diagnostics;
using Strata.Pipeline;
using Strata.Quality;

namespace Strata.Monitoring.Metrics;

/// <summary>
/// Records what runs do into <see cref="StrataMetrics"/>: every attempt's duration, rows, memory and checks as it ends,
/// retries, failed steps, and each run's duration and status when it ends.
/// </summary>
public sealed class MetricsObserver(StrataMetrics metrics) : IRunObserver
{
    /// <summary>When each run in hand started (a server runs several pipelines at once), for its duration.</summary>
    private readonly ConcurrentDictionary<Guid, long> started = new();

    public Task RunStartedAsync(PipelineRun run, CancellationToken cancellationToken)
    {
        started[run.RunId] = Stopwatch.GetTimestamp();
        return Task.CompletedTask;
    }

    public Task StepFinishedAsync(PipelineRun run, StepResult result, CancellationToken cancellationToken)
    {
        if (result.Status == PipelineStatus.Skipped)
        {
            return Task.CompletedTask;
        }
        var step = StepKind(result.Name);
        var pipeline = new KeyValuePair<string, object?>("pipeline", run.Pipeline);
        var stepTag = new KeyValuePair<string, object?>("step", step);
        metrics.StepDuration.Record(result.DurationMs / 1000.0, pipeline, stepTag, new("status", result.Status));
        metrics.Rows.Add(result.RowsIn, pipeline, stepTag, new("direction", "in"));
        metrics.Rows.Add(result.RowsOut, pipeline, stepTag, new("direction", "out"));
        metrics.PeakMemory.Record(result.PeakMemoryMb * 1024 * 1024, pipeline, stepTag);
        if (result.Attempt > 1)
        {
            metrics.Retries.Add(1, pipeline, stepTag);
        }
        foreach (var check in result.Checks)
        {
            metrics.Checks.Add(1, pipeline, new("check", check.Name), new("severity", Severities.Name(check.Severity)),
                new("result", check.Passed ? "passed" : "failed"));
            if (!check.Passed && CheckCatalogue.Reconciliations.Contains(check.Name))
            {
                metrics.ReconciliationMismatches.Add(1, pipeline, new("check", check.Name));
            }
        }
        return Task.CompletedTask;
    }

    public Task RunFinishedAsync(PipelineRun run, RunOutcome outcome, CancellationToken cancellationToken)
    {
        var elapsed = started.TryRemove(run.RunId, out var start) ? Stopwatch.GetElapsedTime(start).TotalSeconds : 0;
        var pipeline = new KeyValuePair<string, object?>("pipeline", run.Pipeline);
        foreach (var failed in outcome.Steps.Where(step => step.Status == PipelineStatus.Failed))
        {
            metrics.StepFailures.Add(1, pipeline, new("step", StepKind(failed.Name)));
        }
        // An orchestrator's task that ran some of the steps is not the run's end: its steps are counted, the run is not yet.
        if (outcome.Status != PipelineStatus.Running)
        {
            var status = new KeyValuePair<string, object?>("status", outcome.Status);
            metrics.Runs.Add(1, pipeline, status);
            metrics.RunDuration.Record(elapsed, pipeline, status);
        }
        return Task.CompletedTask;
    }

    /// <summary>The step's kind ("swap" of "2024-03/swap"): a monthly run names its steps by month, an unbounded label.</summary>
    public static string StepKind(string name) => name[(name.LastIndexOf('/') + 1)..];
}
