namespace Strata.Pipeline.Graph;

/// <summary>A pipeline as the graph declares it: its name, when it runs by itself, what one run works on, its steps.</summary>
public sealed record PipelineDefinition(string Name, Schedule Schedule, PartitionKind Partition, IReadOnlyList<StepDefinition> Steps)
{
    public StepDefinition Step(string name) =>
        Steps.FirstOrDefault(step => step.Name == name)
        ?? throw new ArgumentOutOfRangeException(nameof(name), name, $"The {Name} pipeline has no step '{name}'.");

    /// <summary>Every dataset a step of the pipeline reads, in declaration order.</summary>
    public IEnumerable<string> Inputs => Steps.SelectMany(step => step.Reads).Distinct();

    /// <summary>Every dataset a step of the pipeline writes, in declaration order.</summary>
    public IEnumerable<string> Outputs => Steps.SelectMany(step => step.Writes).Distinct();
}
