using Strata.Pipeline.Graph;

namespace Strata.Orchestration;

/// <summary>
/// How the pipelines depend on one another, read from the datasets their steps read and write (no second declaration):
/// a step depends on the step of another pipeline that writes what it reads (the last one to write it there), unless a
/// step before it in its own pipeline already does; a partitioned pipeline waits for each partitioned pipeline that
/// writes what it reads (the monthly archive for the daily warehouse load).
/// </summary>
public sealed class PipelineDependencies(Manifest manifest)
{
    /// <summary>The steps of other pipelines <paramref name="step"/> of <paramref name="pipeline"/> needs, as (pipeline, step).</summary>
    public IReadOnlyList<(string Pipeline, string Step)> Upstream(ManifestPipeline pipeline, ManifestStep step)
    {
        var covered = Ancestors(pipeline, step).SelectMany(ancestor => Direct(pipeline, ancestor)).ToHashSet();
        return [.. Direct(pipeline, step).Where(upstream => !covered.Contains(upstream))];
    }

    /// <summary>The partitioned pipelines whose runs <paramref name="pipeline"/>'s runs wait for.</summary>
    public IReadOnlyList<ManifestPipeline> Gates(ManifestPipeline pipeline) => pipeline.Partition == "none"
        ? []
        : [.. pipeline.Steps.SelectMany(step => Direct(pipeline, step)).Select(upstream => upstream.Pipeline).Distinct()
            .Select(name => manifest.Pipelines.Single(p => p.Name == name)).Where(upstream => upstream.Partition != "none")];

    private IEnumerable<(string Pipeline, string Step)> Direct(ManifestPipeline pipeline, ManifestStep step) =>
        step.Reads.SelectMany(dataset => manifest.Pipelines.Where(other => other.Name != pipeline.Name)
                .Select(other => (other.Name, Writer: other.Steps.LastOrDefault(candidate => candidate.Writes.Contains(dataset)))))
            .Where(found => found.Writer is not null)
            .Select(found => (found.Name, found.Writer!.Name))
            .Distinct();

    private static IEnumerable<ManifestStep> Ancestors(ManifestPipeline pipeline, ManifestStep step) =>
        step.DependsOn.Select(name => pipeline.Steps.Single(s => s.Name == name))
            .SelectMany(parent => Ancestors(pipeline, parent).Append(parent))
            .Distinct();
}
