using Strata.Sources.Generation.Catalogues;

namespace Strata.Sources.Generation.Products;

/// <summary>
/// Creates the assortment: a category by its share, a name from the category's parts, a supplier (a specialist
/// or a general distributor), a price history, and a Zipf popularity 1/rank over shuffled ranks, so that about
/// a fifth of the products sells about four fifths of the units.
/// </summary>
internal static class ProductFactory
{
    private const double DistributorShare = 0.2;

    private static readonly WeightedPicker CategoryPicker = WeightedPicker.Of([.. CategoryCatalogue.All.Select(c => c.Share)]);

    public static Product[] Create(int count, DateOnly start, DateOnly end, Random random, Random prices)
    {
        var ranks = ShuffledRanks(count, random);
        var products = new Product[count];
        for (var index = 0; index < count; index++)
        {
            var categoryIndex = CategoryPicker.Pick(random);
            var category = CategoryCatalogue.All[categoryIndex];
            var name = $"{Pick(category.Modifiers, random)} {Pick(category.Items, random)}";
            if (category.Coloured)
            {
                name += ", " + Pick(CategoryCatalogue.Colours, random);
            }
            var supplier = random.NextDouble() < DistributorShare
                ? Pick(CategoryCatalogue.Distributors, random)
                : Pick(category.Suppliers, random);
            var history = Pricing.History(category.MinPrice, category.MaxPrice, start, end, prices);
            products[index] = new Product(index, Product.IdFor(index + 1), name, categoryIndex, supplier, 1.0 / ranks[index], history);
        }
        return products;
    }

    private static int[] ShuffledRanks(int count, Random random)
    {
        var ranks = Enumerable.Range(1, count).ToArray();
        for (var index = count - 1; index > 0; index--)
        {
            var other = random.Next(index + 1);
            (ranks[index], ranks[other]) = (ranks[other], ranks[index]);
        }
        return ranks;
    }

    private static string Pick(IReadOnlyList<string> values, Random random) => values[random.Next(values.Count)];
}
