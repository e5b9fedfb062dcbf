using Strata.Quality;

namespace Strata.Pipeline.Graph;

/// <summary>
/// The pipeline graph as `strata manifest --json` prints it, the one source the generated Airflow DAGs and Dagster
/// definitions are built from: every pipeline with its schedule, partition kind and steps, and every check with the
/// dataset it guards and its severity.
/// </summary>
public sealed record Manifest(IReadOnlyList<ManifestPipeline> Pipelines, IReadOnlyList<ManifestCheck> Checks)
{
    public static Manifest From(IReadOnlyList<PipelineDefinition> pipelines) => new(
        [.. pipelines.Select(pipeline => new ManifestPipeline(
            pipeline.Name,
            new ManifestSchedule(pipeline.Schedule.Cron, pipeline.Schedule.TimeZone),
            pipeline.Partition.ToString().ToLowerInvariant(),
            [.. pipeline.Steps.Select(step => new ManifestStep(
                step.Name, step.DependsOn, step.Reads, step.Writes, step.Retry.Retries, (int)step.Retry.Delay.TotalSeconds,
                (int)step.Timeout.TotalSeconds, step.Checks))]))],
        [.. CheckCatalogue.All.Select(check => new ManifestCheck(check.Name, check.Dataset, check.Severity, check.Description, check.RunsAlone))]);
}

public sealed record ManifestPipeline(string Name, ManifestSchedule Schedule, string Partition, IReadOnlyList<ManifestStep> Steps);

public sealed record ManifestSchedule(string Cron, string Timezone);

public sealed record ManifestStep(
    string Name,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> Reads,
    IReadOnlyList<string> Writes,
    int Retries,
    int RetryDelayS,
    int TimeoutS,
    IReadOnlyList<string> Checks);

public sealed record ManifestCheck(string Name, string Dataset, Severity Severity, string Description, bool RunsAlone);
