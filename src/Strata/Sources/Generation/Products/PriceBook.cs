using Strata.Sources.Generation.Output;

namespace Strata.Sources.Generation.Products;

/// <summary>
/// Every product's price on the day being generated, already formatted. Days advance in order, so the book
/// applies each scheduled price change once, when its day comes.
/// </summary>
internal sealed class PriceBook
{
    private readonly decimal[] prices;
    private readonly string[] texts;
    private readonly (int Day, int Product, decimal Price)[] changes;
    private int next;

    public PriceBook(Product[] products)
    {
        prices = [.. products.Select(p => p.Prices[0].Price)];
        texts = [.. prices.Select(CsvText.Money)];
        changes = [.. products
            .SelectMany(p => p.Prices.Skip(1).Select(change => (change.DayNumber, p.Index, change.Price)))
            .OrderBy(change => change.DayNumber)
            .ThenBy(change => change.Index)];
    }

    public void BeginDay(DateOnly day)
    {
        for (; next < changes.Length && changes[next].Day <= day.DayNumber; next++)
        {
            var (_, product, price) = changes[next];
            prices[product] = price;
            texts[product] = CsvText.Money(price);
        }
    }

    public decimal Price(Product product) => prices[product.Index];

    public string Text(Product product) => texts[product.Index];
}
