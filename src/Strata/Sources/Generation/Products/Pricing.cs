namespace Strata.Sources.Generation.Products;

/// <summary>
/// Shelf prices as Russian shops write them (1990, 249, 49.99) and how they move: every three to twenty-one
/// months a product's price changes, usually up with inflation, sometimes down in a lasting markdown.
/// </summary>
internal static class Pricing
{
    private const int ShortestGapDays = 90;
    private const int LongestGapDays = 630;
    private const double MarkdownShare = 0.3;

    public static IReadOnlyList<PriceChange> History(double minPrice, double maxPrice, DateOnly start, DateOnly end, Random random)
    {
        // Squaring the uniform draw skews prices towards the cheap end of the band, as assortments are.
        var draw = random.NextDouble();
        var price = Tag(minPrice + (maxPrice - minPrice) * draw * draw);
        var history = new List<PriceChange> { new(start.DayNumber, price) };
        var day = start.DayNumber + random.Next(ShortestGapDays, LongestGapDays + 1);
        while (day <= end.DayNumber)
        {
            var factor = random.NextDouble() < MarkdownShare
                ? 0.75 + 0.17 * random.NextDouble()
                : 1.03 + 0.12 * random.NextDouble();
            var changed = Tag((double)price * factor);
            if (changed != price)
            {
                history.Add(new PriceChange(day, changed));
                price = changed;
            }
            day += random.Next(ShortestGapDays, LongestGapDays + 1);
        }
        return history;
    }

    /// <summary>A price tag near <paramref name="raw"/>: whole hundreds less ten, tens less one, or roubles less a kopeck.</summary>
    public static decimal Tag(double raw) => raw switch
    {
        >= 1000 => (decimal)Math.Round(raw / 100) * 100 - 10,
        >= 100 => (decimal)Math.Round(raw / 10) * 10 - 1,
        _ => (decimal)Math.Max(Math.Round(raw), 1) - 0.01m,
    };
}
