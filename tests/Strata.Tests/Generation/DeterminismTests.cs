using Strata.Contracts;
using Strata.Sources.Generation;

namespace Strata.Tests.Generation;

public sealed class DeterminismTests(GeneratedSets sets) : IClassFixture<GeneratedSets>
{
    private static readonly GeneratorOptions Small = new() { Customers = 120, Products = 80, Sales = 6000, DefectRate = 0.1 };

    [Fact]
    public void The_same_options_give_byte_identical_files()
    {
        var first = GeneratedSet.Generate(sets.NewFolder("first"), Small);
        var second = GeneratedSet.Generate(sets.NewFolder("second"), Small);

        foreach (var table in RawTables.WithReturns)
        {
            Assert.Equal(File.ReadAllBytes(first.PathOf(table)), File.ReadAllBytes(second.PathOf(table)));
        }
        Assert.Equal(first.Summary.Defects, second.Summary.Defects);
    }

    [Fact]
    public void A_different_seed_gives_different_files()
    {
        var first = GeneratedSet.Generate(sets.NewFolder("seed-a"), Small);
        var other = GeneratedSet.Generate(sets.NewFolder("seed-b"), Small with { Seed = Small.Seed + 1 });

        foreach (var table in RawTables.WithReturns)
        {
            Assert.NotEqual(File.ReadAllBytes(first.PathOf(table)), File.ReadAllBytes(other.PathOf(table)));
        }
    }

    [Fact]
    public void Nothing_is_left_behind_but_the_four_files()
    {
        var set = GeneratedSet.Generate(sets.NewFolder("listing"), Small);

        Assert.Equal(
            RawTables.WithReturns.Select(t => t.Name + ".csv").Order(StringComparer.Ordinal),
            Directory.GetFiles(set.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(RawTables.WithReturns.Select(t => Path.GetFullPath(set.PathOf(t))), set.Summary.Files);
    }
}
