using Strata.Sources.Generation;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Generation;

/// <summary>
/// A small clean set and the same set with defects, generated once per test class into a temporary folder.
/// Small enough to be quick, big enough for seasonality, Pareto and cohorts to show.
/// </summary>
public sealed class GeneratedSets : IDisposable
{
    public static readonly GeneratorOptions CleanOptions = new() { Customers = 400, Products = 250, Sales = 30_000, Seed = 7 };
    public static readonly GeneratorOptions DefectiveOptions = CleanOptions with { DefectRate = 0.15 };

    private readonly TemporaryFolder folder = new();

    public GeneratedSets()
    {
        Clean = GeneratedSet.Generate(folder.Path("clean"), CleanOptions);
        Defective = GeneratedSet.Generate(folder.Path("defective"), DefectiveOptions);
    }

    public GeneratedSet Clean { get; }

    public GeneratedSet Defective { get; }

    public string NewFolder(string name) => folder.Path(name);

    public void Dispose() => folder.Dispose();
}
