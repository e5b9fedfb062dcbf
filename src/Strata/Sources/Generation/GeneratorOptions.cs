using Strata.Diagnostics;

namespace Strata.Sources.Generation;

/// <summary>The knobs of `strata generate`. The same options (and seed) always give byte-identical files.</summary>
public sealed record GeneratorOptions
{
    public const int DefaultCustomers = 1000;
    public const int DefaultProducts = 1000;

    /// <summary>About 137 sales a day over two years: enough for seasonality, cohorts and trends to show.</summary>
    public const long DefaultSales = 100_000;

    public const int DefaultSeed = 42;

    /// <summary>About the share of sale lines the Online Retail II export cancels (its invoices "C...").</summary>
    public const double DefaultReturnRate = 0.02;

    public static readonly DateOnly DefaultStart = new(2024, 1, 1);
    public static readonly DateOnly DefaultEnd = new(2025, 12, 31);

    /// <summary>Future-date defects are written in 2090 and later, so genuine sales must end before.</summary>
    public static readonly DateOnly LatestEnd = new(Defects.LineDefects.FutureYear - 1, 12, 31);

    public int Customers { get; init; } = DefaultCustomers;
    public int Products { get; init; } = DefaultProducts;
    public long Sales { get; init; } = DefaultSales;
    public DateOnly Start { get; init; } = DefaultStart;
    public DateOnly End { get; init; } = DefaultEnd;
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>About this share of the genuine sale lines is returned later (0 = no returns).</summary>
    public double ReturnRate { get; init; } = DefaultReturnRate;

    /// <summary>About this share of each file's genuine rows carries one defect (0 = a clean feed).</summary>
    public double DefectRate { get; init; }

    /// <summary>Every reason these options cannot be generated; empty when they can. The CLI shows them as usage errors.</summary>
    public IEnumerable<string> Problems()
    {
        if (Customers < 1)
        {
            yield return "--customers must be at least 1.";
        }
        if (Products < 1)
        {
            yield return "--products must be at least 1.";
        }
        if (Sales < 0)
        {
            yield return "--sales must not be negative.";
        }
        if (End < Start)
        {
            yield return $"--end ({End:yyyy-MM-dd}) is before --start ({Start:yyyy-MM-dd}).";
        }
        if (End > LatestEnd)
        {
            yield return $"--end must be {LatestEnd:yyyy-MM-dd} or earlier (later dates are reserved for future-date defects).";
        }
        if (!(ReturnRate is >= 0 and <= 1))
        {
            yield return "--return-rate must be a rate between 0 and 1.";
        }
        if (!(DefectRate is >= 0 and <= 1))
        {
            yield return "--defects must be a rate between 0 and 1.";
        }
    }

    public void Validate()
    {
        var problems = Problems().ToList();
        if (problems.Count > 0)
        {
            throw new StrataException(string.Join(" ", problems));
        }
    }
}
