namespace Strata.Pipeline;

/// <summary>
/// One step of a run, ready to go: its name in the run ("load", "2024-03/swap"), the kind of step it is
/// ("swap": what checkpoints and the pipeline's declaration call it) and its work, which reports its rows.
/// </summary>
public sealed record PipelineStep(string Name, Func<CancellationToken, Task<StepRows>> RunAsync)
{
    public string Kind { get; init; } = Name;
}

/// <summary>A step written as a class: one job on a run of type <typeparamref name="TRun"/>.</summary>
public interface IStep<in TRun>
{
    string Name { get; }

    Task<StepRows> RunAsync(TRun run, CancellationToken cancellationToken);
}

public static class Steps
{
    /// <summary>Binds a step class to the run it works on.</summary>
    public static PipelineStep On<TRun>(this IStep<TRun> step, TRun run) => new(step.Name, ct => step.RunAsync(run, ct));
}
