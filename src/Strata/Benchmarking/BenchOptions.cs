namespace Strata.Benchmarking;

/// <summary>How big a benchmark to run, and whether it may empty the configured stores first.</summary>
public sealed record BenchOptions(long Sales, bool Reset)
{
    /// <summary>Every reason these options cannot run; empty when they can. The CLI shows them as usage errors.</summary>
    public IEnumerable<string> Problems()
    {
        if (Sales < 1)
        {
            yield return "--sales must be at least 1.";
        }
    }
}
