using Strata.Pipeline.Graph;
using Strata.Quality;

namespace Strata.Pipeline;

/// <summary>
/// One step of a run, ready to go: its name in the run ("load", "2024-03/swap"), its declaration in the pipeline
/// graph (whose name is also what checkpoints call it: "swap"), its work, which reports its rows, and the
/// evaluation of the data-quality checks that guard it, run when the work is done.
/// </summary>
public sealed record PipelineStep(string Name, StepDefinition Definition, Func<CancellationToken, Task<StepRows>> RunAsync)
{
    public static readonly Func<CancellationToken, Task<IReadOnlyList<CheckResult>>> NoChecks = _ => Task.FromResult<IReadOnlyList<CheckResult>>([]);

    public string Kind => Definition.Name;

    public Func<CancellationToken, Task<IReadOnlyList<CheckResult>>> CheckAsync { get; init; } = NoChecks;
}

/// <summary>A step written as a class: one job on a run of type <typeparamref name="TRun"/>.</summary>
public interface IStep<in TRun>
{
    string Name { get; }

    Task<StepRows> RunAsync(TRun run, CancellationToken cancellationToken);
}
