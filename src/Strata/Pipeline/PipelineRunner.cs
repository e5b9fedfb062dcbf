using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Strata.Diagnostics;
using Strata.Quality;

namespace Strata.Pipeline;

/// <summary>
/// Runs the steps of one pipeline run in order, each only after the one before succeeded (R5.2). Every step is
/// measured (start, duration, rows, peak memory), guarded by its checks (an error-severity failure fails it),
/// bounded by its timeout and, when it fails with a transient fault, tried again as its retry policy says
/// (exponential backoff with jitter, Polly). A failure stops the run and is reported in the step's result, never
/// thrown, so every caller (the CLI, an orchestrator, the scheduler) gets a summary; the steps after it are
/// skipped. Observers hear the run's start, every attempt of every step, and its end. The steps are read one at a
/// time, so a pipeline may decide its later steps as it goes.
/// </summary>
public sealed class PipelineRunner(PipelineRun run, RunOptions options, ILogger logger)
{
    public async Task<IReadOnlyList<StepResult>> RunAsync(IEnumerable<PipelineStep> steps, CancellationToken cancellationToken)
    {
        await options.Observer.RunStartedAsync(run, cancellationToken);
        var results = new List<StepResult>();
        var moreToCome = false;
        try
        {
            foreach (var step in steps)
            {
                if (options.Steps is not null && !options.Steps.Contains(step.Kind))
                {
                    // An orchestrator runs the other steps in tasks of their own: one left after this invocation's
                    // steps means the run goes on.
                    moreToCome = results.Count > 0;
                    continue;
                }
                moreToCome = false;
                var result = results.All(result => result.Succeeded)
                    ? await ExecuteAsync(step, cancellationToken)
                    : StepResult.Skipped(step.Name);
                if (result.Status == PipelineStatus.Skipped)
                {
                    await options.Observer.StepFinishedAsync(run, result, cancellationToken);
                }
                results.Add(result);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped from outside (a server shutting down, Ctrl+C): the step in hand is abandoned, its work
            // uncommitted or re-runnable; the run history says so, and the scheduler runs the interval again.
            await options.Observer.RunFinishedAsync(run, new RunOutcome(PipelineStatus.Abandoned, "Stopped before it finished.", results),
                CancellationToken.None);
            throw;
        }
        var outcome = RunOutcome.Of(results);
        await options.Observer.RunFinishedAsync(run, outcome.Succeeded && moreToCome ? outcome with { Status = PipelineStatus.Running } : outcome,
            CancellationToken.None);
        return results;
    }

    /// <summary>Every attempt of one step; the last attempt's result is the step's.</summary>
    private async Task<StepResult> ExecuteAsync(PipelineStep step, CancellationToken cancellationToken)
    {
        var attempt = 0;
        return await RetryPolicyOf(step).ExecuteAsync(async ct => await AttemptAsync(step, ++attempt, ct), cancellationToken);
    }

    /// <summary>Retries a failed attempt whose fault is transient, as often and as patiently as the step's policy says.</summary>
    private ResiliencePipeline<StepResult> RetryPolicyOf(PipelineStep step) => step.Definition.Retry.Retries == 0
        ? ResiliencePipeline<StepResult>.Empty
        : new ResiliencePipelineBuilder<StepResult>()
            .AddRetry(new RetryStrategyOptions<StepResult>
            {
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Result?.Fault is { } fault && TransientFaults.IsTransient(fault)),
                MaxRetryAttempts = step.Definition.Retry.Retries,
                Delay = options.RetryDelay ?? step.Definition.Retry.Delay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = arguments =>
                {
                    PipelineLog.StepRetrying(logger, run.Pipeline, run.Partition, step.Name, arguments.AttemptNumber + 2,
                        arguments.RetryDelay.TotalSeconds, arguments.Outcome.Result?.Error ?? "", run.RunId);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    /// <summary>One try of a step: its work, then its checks, within its timeout, measured.</summary>
    private async Task<StepResult> AttemptAsync(PipelineStep step, int attempt, CancellationToken cancellationToken)
    {
        var startedAt = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        using var memory = MemoryMeasurement.Start();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(step.Definition.Timeout);
        IReadOnlyList<CheckResult> checks = [];
        StepResult result;
        try
        {
            await options.Checkpoints.AtAsync(Checkpoints.Before(step.Kind), timeout.Token);
            var rows = await step.RunAsync(timeout.Token);
            checks = await step.CheckAsync(timeout.Token);
            if (checks.Any(check => check.Blocks))
            {
                throw new CheckFailedException(checks.Where(check => check.Blocks));
            }
            await options.Checkpoints.AtAsync(Checkpoints.After(step.Kind), timeout.Token);
            result = new StepResult(step.Name, PipelineStatus.Succeeded, clock.ElapsedMilliseconds, rows.In, rows.Out, memory.Stop(), null);
            PipelineLog.StepSucceeded(logger, run.Pipeline, run.Partition, step.Name, result.DurationMs, rows.In, rows.Out, result.PeakMemoryMb, run.RunId);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever stopped the step (a database error, a failed check, its timeout, an injected crash) ends it as
            // "failed" with the reason; every step is re-runnable, so a retry or the next run starts over from what is committed.
            var reason = failure is OperationCanceledException
                ? $"{step.Name} did not finish within its timeout of {step.Definition.Timeout.TotalSeconds:0} s."
                : ConnectionFailure.OfStep(step.Name, failure) ?? failure.Message;
            result = new StepResult(step.Name, PipelineStatus.Failed, clock.ElapsedMilliseconds, 0, 0, memory.Stop(), reason)
            {
                Fault = failure is OperationCanceledException ? null : failure,
            };
            PipelineLog.StepFailed(logger, run.Pipeline, run.Partition, step.Name, result.DurationMs, result.PeakMemoryMb, reason, ErrorCodes.Of(result.Fault),
                run.RunId);
        }
        result = result with { StartedAt = startedAt, Attempt = attempt, Checks = checks };
        await options.Observer.StepFinishedAsync(run, result, CancellationToken.None);
        return result;
    }
}
