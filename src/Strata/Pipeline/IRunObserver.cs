namespace Strata.Pipeline;

/// <summary>
/// Hears what a run does, for the run history, metrics, notifications, lineage and orchestrators: the run's
/// start, every step attempt as it ends (skipped steps too), and the run's end. An observer's own failure is
/// logged and never fails the pipeline (<see cref="RunObservers"/>).
/// </summary>
public interface IRunObserver
{
    Task RunStartedAsync(PipelineRun run, CancellationToken cancellationToken);

    Task StepFinishedAsync(PipelineRun run, StepResult result, CancellationToken cancellationToken);

    Task RunFinishedAsync(PipelineRun run, RunOutcome outcome, CancellationToken cancellationToken);
}

/// <summary>
/// How a run (or this invocation's share of it) ended: its status (running when an orchestrator's later task runs the
/// rest), its error, and every step's final result.
/// </summary>
public sealed record RunOutcome(string Status, string? Error, IReadOnlyList<StepResult> Steps)
{
    public static RunOutcome Of(IReadOnlyList<StepResult> steps)
    {
        var failed = steps.FirstOrDefault(step => step.Status == PipelineStatus.Failed);
        return new RunOutcome(failed is null ? PipelineStatus.Succeeded : PipelineStatus.Failed, failed?.Error, steps);
    }

    public bool Succeeded => Status == PipelineStatus.Succeeded;
}
