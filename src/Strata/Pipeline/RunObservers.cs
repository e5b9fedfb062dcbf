using Microsoft.Extensions.Logging;

namespace Strata.Pipeline;

/// <summary>Observers combined: each hears every event in turn; one that fails is logged and the others (and the run) go on.</summary>
public sealed partial class RunObservers(IReadOnlyList<IRunObserver> observers, ILogger logger) : IRunObserver
{
    public static IRunObserver None { get; } = new RunObservers([], Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

    public Task RunStartedAsync(PipelineRun run, CancellationToken cancellationToken) =>
        EachAsync(run, observer => observer.RunStartedAsync(run, cancellationToken));

    public Task StepFinishedAsync(PipelineRun run, StepResult result, CancellationToken cancellationToken) =>
        EachAsync(run, observer => observer.StepFinishedAsync(run, result, cancellationToken));

    public Task RunFinishedAsync(PipelineRun run, RunOutcome outcome, CancellationToken cancellationToken) =>
        EachAsync(run, observer => observer.RunFinishedAsync(run, outcome, cancellationToken));

    private async Task EachAsync(PipelineRun run, Func<IRunObserver, Task> notify)
    {
        foreach (var observer in observers)
        {
            try
            {
                await notify(observer);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                ObserverFailed(logger, observer.GetType().Name, run.Pipeline, run.RunId, failure.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Observer} could not record run {RunId} of {Pipeline}: {Error}; the run goes on")]
    private static partial void ObserverFailed(ILogger logger, string observer, string pipeline, Guid runId, string error);
}
