namespace Strata.Benchmarking;

/// <summary>One stage of `strata bench`: it runs the product's own code on the stores, measured, then its raw limit.</summary>
internal interface IBenchStage
{
    string Name { get; }

    Task<BenchStage> RunAsync(BenchRun run, CancellationToken cancellationToken);
}
