using System.Globalization;
using Strata.Contracts;

namespace Strata.Tests.Generation;

/// <summary>The patterns analytics must later find, measured on a small clean set read back from its files.</summary>
public sealed class DistributionTests(GeneratedSets sets) : IClassFixture<GeneratedSets>
{
    private sealed record Sale(DateTime When, string Product, string Customer, int Quantity, decimal Price);

    private IReadOnlyList<Sale> Sales => field ??= [.. sets.Clean.Rows(RawTables.Sales).Select(row => new Sale(
        DateTime.ParseExact(row[1], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        row[2],
        row[3],
        int.Parse(row[4], CultureInfo.InvariantCulture),
        decimal.Parse(row[5], CultureInfo.InvariantCulture)))];

    private Dictionary<string, string[]> Customers => sets.Clean.Rows(RawTables.Customers).ToDictionary(row => row[0]);

    private Dictionary<string, string[]> Products => sets.Clean.Rows(RawTables.Products).ToDictionary(row => row[0]);

    [Fact]
    public void Row_counts_match_the_options()
    {
        var options = GeneratedSets.CleanOptions;
        Assert.Equal(options.Customers, sets.Clean.Rows(RawTables.Customers).Count);
        Assert.Equal(options.Products, sets.Clean.Rows(RawTables.Products).Count);
        Assert.Equal(options.Sales, Sales.Count);
        Assert.Equal((options.Customers, options.Products, options.Sales),
            (sets.Clean.Summary.Customers, sets.Clean.Summary.Products, sets.Clean.Summary.Sales));
    }

    [Fact]
    public void Files_are_utf8_without_bom_with_crlf_line_ends_and_the_contract_header()
    {
        foreach (var table in RawTables.WithReturns)
        {
            var bytes = File.ReadAllBytes(sets.Clean.PathOf(table));
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.StartsWith(string.Join(',', table.ColumnNames) + "\r\n", text, StringComparison.Ordinal);
            Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
            Assert.Equal(text.Split("\r\n").Length - 1, text.Count(c => c == '\n'));
        }
    }

    [Fact]
    public void Sales_are_in_time_order_within_the_range()
    {
        var options = GeneratedSets.CleanOptions;
        Assert.All(Sales.Zip(Sales.Skip(1)), pair => Assert.True(pair.First.When <= pair.Second.When));
        Assert.Equal(options.Start, DateOnly.FromDateTime(Sales[0].When));
        Assert.Equal(options.End, DateOnly.FromDateTime(Sales[^1].When));
    }

    [Fact]
    public void November_and_December_earn_well_above_the_average_month()
    {
        var byMonth = Sales.GroupBy(s => (s.When.Year, s.When.Month)).ToDictionary(g => g.Key, g => g.Sum(s => s.Quantity * s.Price));
        var average = byMonth.Values.Average();
        var holidays = byMonth.Where(m => m.Key.Month >= 11).Average(m => m.Value);

        Assert.Equal(24, byMonth.Count);
        Assert.True(holidays > 1.25m * average, $"Nov-Dec average {holidays:N0} vs month average {average:N0}");
    }

    [Fact]
    public void A_fifth_of_the_products_sells_most_of_the_units()
    {
        var units = Sales.GroupBy(s => s.Product).Select(g => (double)g.Sum(s => s.Quantity)).OrderDescending().ToList();
        var top = units.Take(Products.Count / 5).Sum() / units.Sum();

        Assert.True(top > 0.6, $"top 20% of products sell {top:P0} of the units");
    }

    [Fact]
    public void Saturday_is_busier_than_any_working_day()
    {
        var perWeekday = Sales.GroupBy(s => s.When.DayOfWeek).ToDictionary(g => g.Key, g => g.Count());

        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday })
        {
            Assert.True(perWeekday[DayOfWeek.Saturday] > 1.1 * perWeekday[day], $"Saturday {perWeekday[DayOfWeek.Saturday]} vs {day} {perWeekday[day]}");
        }
    }

    [Theory]
    [InlineData("Garden", new[] { 5, 6, 7 }, new[] { 11, 12, 1 })]
    [InlineData("Outdoor", new[] { 5, 6, 7 }, new[] { 11, 12, 1 })]
    [InlineData("Heaters", new[] { 11, 12, 1 }, new[] { 5, 6, 7 })]
    [InlineData("Winter Clothing", new[] { 11, 12, 1 }, new[] { 5, 6, 7 })]
    [InlineData("Stationery", new[] { 8 }, new[] { 6 })]
    public void Seasonal_categories_peak_in_their_season(string category, int[] peak, int[] trough)
    {
        var products = Products;
        var inCategory = Sales.Where(s => products[s.Product][2] == category).ToList();
        double PerMonth(int[] months) => (double)inCategory.Count(s => months.Contains(s.When.Month)) / months.Length;

        Assert.True(PerMonth(peak) > 2 * PerMonth(trough), $"{category}: {PerMonth(peak):N0} a month in season, {PerMonth(trough):N0} out of it");
    }

    [Fact]
    public void Every_customer_registers_before_the_first_purchase()
    {
        var customers = Customers;
        var firstPurchase = Sales.GroupBy(s => s.Customer).ToDictionary(g => g.Key, g => DateOnly.FromDateTime(g.Min(s => s.When)));

        Assert.All(firstPurchase, buyer => Assert.True(DateOnly.Parse(customers[buyer.Key][6], CultureInfo.InvariantCulture) <= buyer.Value));
    }

    [Fact]
    public void Purchase_frequency_decays_after_the_first_purchase()
    {
        var end = GeneratedSets.CleanOptions.End.ToDateTime(TimeOnly.MinValue);
        var buyers = Sales.GroupBy(s => s.Customer)
            .Select(g => (First: g.Min(s => s.When), Days: g.Select(s => (s.When - g.Min(x => x.When)).TotalDays).ToList()))
            .Where(b => (end - b.First).TotalDays >= 360)
            .ToList();
        double ActiveShare(int fromDay) => buyers.Count(b => b.Days.Any(d => d >= fromDay && d < fromDay + 30)) / (double)buyers.Count;

        Assert.True(buyers.Count > 100);
        Assert.True(ActiveShare(30) > 1.5 * ActiveShare(300),
            $"active a month after the first purchase {ActiveShare(30):P0}, ten months after {ActiveShare(300):P0}");
    }

    [Fact]
    public void Customers_are_adults_of_both_genders_in_russian_cities()
    {
        var customers = sets.Clean.Rows(RawTables.Customers);
        var ages = customers.Where(c => c[1] != "").Select(c => int.Parse(c[1], CultureInfo.InvariantCulture)).ToList();
        var cities = customers.GroupBy(c => c[3]).OrderByDescending(g => g.Count()).ToList();

        Assert.All(ages, age => Assert.InRange(age, 18, 79));
        Assert.True(ages.Count > 0.95 * customers.Count);
        Assert.InRange(ages.Average(), 35, 48);
        Assert.All(customers, c => Assert.True(c[2] is "F" or "M" or "", c[2]));
        Assert.InRange(customers.Count(c => c[2] == "F") / (double)customers.Count, 0.45, 0.65);
        Assert.All(customers, c => Assert.Equal("Russia", c[5]));
        Assert.Equal("Moscow", cities[0].Key);
        Assert.True(customers.Select(c => c[4]).Distinct().Count() >= 6, "customers spread over the federal districts");
    }

    [Fact]
    public void Categorical_text_and_product_names_are_in_title_case()
    {
        foreach (var table in RawTables.All)
        {
            var columns = table.Columns.Select((column, index) => (column, index)).Where(c => c.column.Categorical || c.column.Name == "name").ToList();
            Assert.All(sets.Clean.Rows(table), row => Assert.All(columns, c => Assert.True(AcceptedSpellings.IsTitleCase(row[c.index]), row[c.index])));
        }
    }

    [Fact]
    public void Quantities_are_small_and_mostly_one_to_three()
    {
        Assert.All(Sales, s => Assert.InRange(s.Quantity, 1, 10));
        Assert.True(Sales.Count(s => s.Quantity <= 3) > 0.9 * Sales.Count);
    }

    [Fact]
    public void A_product_sells_at_its_price_of_the_day_which_changes_now_and_then()
    {
        var products = Products;
        var history = Sales.GroupBy(s => s.Product).ToDictionary(g => g.Key, g => g.Select(s => s.Price).ToList());
        var changes = history.ToDictionary(h => h.Key, h => h.Value.Zip(h.Value.Skip(1)).Count(p => p.First != p.Second));
        var lastPriceIsCurrent = history.Count(h => h.Value[^1] == decimal.Parse(products[h.Key][4], CultureInfo.InvariantCulture));

        // Two years with a change every 3 to 21 months: a few changes per product, never a price per sale.
        Assert.All(changes.Values, count => Assert.InRange(count, 0, 9));
        Assert.True(changes.Values.Count(c => c > 0) > history.Count / 2, "most products changed price at least once");
        Assert.True(lastPriceIsCurrent > 0.8 * history.Count, $"{lastPriceIsCurrent} of {history.Count} products last sold at their current price");
        Assert.All(Sales, s => Assert.True(s.Price > 0 && decimal.Round(s.Price, 2) == s.Price));
    }
}
