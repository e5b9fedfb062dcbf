namespace Strata.Benchmarking;

/// <summary>
/// How many sales to generate and load, whether the benchmark may empty the stores its stages load from scratch,
/// and which stages to run (all by default, in <see cref="BenchStages"/> order).
/// </summary>
public sealed record BenchOptions(long Sales, bool Reset)
{
    public IReadOnlyList<string> Stages { get; init; } = BenchStages.All;
}
