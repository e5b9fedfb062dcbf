using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Strata.Diagnostics;

namespace Strata.Pipeline;

/// <summary>
/// Runs the steps of one pipeline run in order, each only after the one before succeeded (R5.2), measuring each:
/// start, duration, rows, peak memory. A failure stops the run and is reported in the step's result, never thrown,
/// so every caller (the CLI, an orchestrator, the scheduler) gets a summary; the steps after it are skipped. The
/// steps are read one at a time, so a pipeline may decide its later steps as it goes.
/// </summary>
public sealed class PipelineRunner(PipelineRun run, Checkpoints checkpoints, ILogger logger)
{
    public async Task<IReadOnlyList<StepResult>> RunAsync(IEnumerable<PipelineStep> steps, CancellationToken cancellationToken)
    {
        var results = new List<StepResult>();
        foreach (var step in steps)
        {
            results.Add(results.All(result => result.Succeeded)
                ? await MeasureAsync(step, cancellationToken)
                : StepResult.Skipped(step.Name));
        }
        return results;
    }

    private async Task<StepResult> MeasureAsync(PipelineStep step, CancellationToken cancellationToken)
    {
        var startedAt = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        using var memory = MemoryMeasurement.Start();
        try
        {
            await checkpoints.AtAsync(Checkpoints.Before(step.Kind), cancellationToken);
            var rows = await step.RunAsync(cancellationToken);
            await checkpoints.AtAsync(Checkpoints.After(step.Kind), cancellationToken);
            var result = new StepResult(step.Name, PipelineStatus.Succeeded, clock.ElapsedMilliseconds, rows.In, rows.Out, memory.Stop(), null)
            {
                StartedAt = startedAt,
            };
            PipelineLog.StepSucceeded(logger, run.Pipeline, run.Partition, step.Name, result.DurationMs, rows.In, rows.Out, result.PeakMemoryMb, run.RunId);
            return result;
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever stopped the step (a database error, a failed check, an injected crash) ends the run as
            // "failed" with the reason; every step is re-runnable, so the next run starts over from what is committed.
            var result = new StepResult(step.Name, PipelineStatus.Failed, clock.ElapsedMilliseconds, 0, 0, memory.Stop(), failure.Message)
            {
                StartedAt = startedAt,
            };
            PipelineLog.StepFailed(logger, run.Pipeline, run.Partition, step.Name, result.DurationMs, result.PeakMemoryMb, failure.Message, run.RunId);
            return result;
        }
    }
}
