namespace Strata.Benchmarking;

/// <summary>How many sales to generate, ingest and load, and whether the benchmark may empty the configured stores first.</summary>
public sealed record BenchOptions(long Sales, bool Reset);
