namespace Strata.Pipeline;

/// <summary>Which run this is: the pipeline, the partition it works on ("2024-03-01", "2024-01..2024-03") and its id.</summary>
public sealed record PipelineRun(string Pipeline, string Partition)
{
    public Guid RunId { get; init; } = Guid.NewGuid();
}
