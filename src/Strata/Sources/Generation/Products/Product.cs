namespace Strata.Sources.Generation.Products;

/// <summary>
/// A generated product. Popularity is its Pareto weight within the assortment; Prices lists its price from the
/// first day and every later change (day numbers ascending). product_data carries the last one.
/// </summary>
internal sealed record Product(int Index, string Id, string Name, int Category, string Supplier, double Popularity, IReadOnlyList<PriceChange> Prices)
{
    public decimal CurrentPrice => Prices[^1].Price;

    /// <summary>The stock code for product number n (1-based): P00042. Numbers past 99999 simply grow longer.</summary>
    public static string IdFor(long number) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P{number:D5}");
}

/// <summary>From <see cref="DayNumber"/> on (until the next change) the product sells at <see cref="Price"/>.</summary>
internal readonly record struct PriceChange(int DayNumber, decimal Price);
