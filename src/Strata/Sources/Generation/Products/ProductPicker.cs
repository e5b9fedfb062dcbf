using Strata.Sources.Generation.Catalogues;

namespace Strata.Sources.Generation.Products;

/// <summary>
/// What a customer buys on a given day, in two steps: a category by its total popularity times today's season
/// times the buyer's gender preference, then a product within it by Pareto popularity. Category weights are
/// set once a day; each pick is two binary searches.
/// </summary>
internal sealed class ProductPicker
{
    private readonly Product[] products;
    private readonly int[][] byCategory;
    private readonly WeightedPicker[] withinCategory;
    private readonly double[] categoryPopularity;
    private readonly WeightedPicker[] todayByGender;

    public ProductPicker(Product[] products)
    {
        this.products = products;
        var categories = CategoryCatalogue.All.Count;
        byCategory = [.. Enumerable.Range(0, categories).Select(c => products.Where(p => p.Category == c).Select(p => p.Index).ToArray())];
        withinCategory = [.. byCategory.Select(members => WeightedPicker.Of([.. members.Select(i => products[i].Popularity)]))];
        categoryPopularity = [.. withinCategory.Select(picker => picker.Total)];
        todayByGender = [new(categories), new(categories), new(categories)];
    }

    public void BeginDay(DateOnly day)
    {
        for (var slot = 0; slot < todayByGender.Length; slot++)
        {
            todayByGender[slot].Clear();
            for (var c = 0; c < categoryPopularity.Length; c++)
            {
                var category = CategoryCatalogue.All[c];
                var preference = slot switch { 0 => category.Women, 1 => category.Men, _ => 1.0 };
                todayByGender[slot].Add(categoryPopularity[c] * category.Season.At(day) * preference);
            }
        }
    }

    public Product Pick(Random random, int genderSlot)
    {
        var category = todayByGender[genderSlot].Pick(random);
        return products[byCategory[category][withinCategory[category].Pick(random)]];
    }
}
