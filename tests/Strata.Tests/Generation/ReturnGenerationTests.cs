using System.Globalization;
using Strata.Contracts;
using Strata.Sources.Generation;

namespace Strata.Tests.Generation;

/// <summary>The generated returns, read back from returns_data.csv and held against sales_data.csv of the same set.</summary>
public sealed class ReturnGenerationTests(GeneratedSets sets) : IClassFixture<GeneratedSets>
{
    private sealed record Line(long Id, DateTime When, string Product, string Customer, int Quantity, decimal Price, string Invoice);

    private IReadOnlyList<Line> Sales => field ??= [.. sets.Clean.Rows(RawTables.Sales).Select(row => Read(row, ""))];

    private IReadOnlyList<Line> Returns => field ??= [.. sets.Clean.Rows(RawTables.Returns).Select(row => Read(row, row[6]))];

    [Fact]
    public void About_two_percent_of_the_sale_lines_come_back()
    {
        var expected = GeneratorOptions.DefaultReturnRate * Sales.Count;
        // Binomial within five standard deviations; returns that would fall after the last day are not made (a few weeks of ~100 weeks).
        var spread = 5 * Math.Sqrt(expected * (1 - GeneratorOptions.DefaultReturnRate));

        Assert.InRange(Returns.Count, expected * 0.95 - spread, expected + spread);
        Assert.Equal(Returns.Count, sets.Clean.Summary.Returns);
    }

    [Fact]
    public void Every_return_takes_back_part_or_all_of_the_line_it_names_a_few_days_later()
    {
        var sales = Sales.ToDictionary(sale => sale.Id);
        var named = Returns.Where(line => line.Invoice.Length > 0).ToList();
        Line Cancelled(Line line) => sales[long.Parse(line.Invoice, CultureInfo.InvariantCulture)];

        Assert.All(named, line =>
        {
            var sale = Cancelled(line);
            Assert.Equal((sale.Customer, sale.Product, sale.Price), (line.Customer, line.Product, line.Price));
            Assert.InRange(line.Quantity, 1, sale.Quantity);
            Assert.InRange((line.When.Date - sale.When.Date).TotalDays, 1, 28);
        });
        Assert.Contains(named, line => line.Quantity < Cancelled(line).Quantity);
        Assert.Contains(named, line => line.Quantity == Cancelled(line).Quantity);
        Assert.InRange(named.Average(line => (line.When.Date - Cancelled(line).When.Date).TotalDays), 5, 10);
    }

    [Fact]
    public void About_one_return_in_ten_does_not_name_its_invoice_but_an_earlier_sale_of_the_same_goods_exists()
    {
        var unnamed = Returns.Where(line => line.Invoice.Length == 0).ToList();
        var bought = Sales.ToLookup(sale => (sale.Customer, sale.Product, sale.Price));

        Assert.InRange(unnamed.Count, Returns.Count * 0.05, Returns.Count * 0.15);
        Assert.All(unnamed, line => Assert.Contains(bought[(line.Customer, line.Product, line.Price)],
            sale => sale.When < line.When && sale.Quantity >= line.Quantity));
    }

    [Fact]
    public void Returns_are_numbered_in_time_order_within_the_sales_range()
    {
        var options = GeneratedSets.CleanOptions;

        Assert.Equal(Enumerable.Range(1, Returns.Count).Select(id => (long)id), Returns.Select(line => line.Id));
        Assert.All(Returns.Zip(Returns.Skip(1)), pair => Assert.True(pair.First.When <= pair.Second.When));
        Assert.InRange(DateOnly.FromDateTime(Returns[0].When), options.Start.AddDays(1), options.End);
        Assert.InRange(DateOnly.FromDateTime(Returns[^1].When), options.Start.AddDays(1), options.End);
    }

    [Fact]
    public void A_return_rate_of_zero_writes_a_returns_file_with_its_header_only_and_leaves_the_sales_as_they_were()
    {
        var set = GeneratedSet.Generate(sets.NewFolder("no-returns"), GeneratedSets.CleanOptions with { ReturnRate = 0 });

        Assert.Empty(set.Rows(RawTables.Returns));
        Assert.Equal(0, set.Summary.Returns);
        Assert.Equal(File.ReadAllBytes(sets.Clean.PathOf(RawTables.Sales)), File.ReadAllBytes(set.PathOf(RawTables.Sales)));
    }

    private static Line Read(string[] row, string invoice) => new(
        long.Parse(row[0], CultureInfo.InvariantCulture),
        DateTime.ParseExact(row[1], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        row[2],
        row[3],
        int.Parse(row[4], CultureInfo.InvariantCulture),
        decimal.Parse(row[5], CultureInfo.InvariantCulture),
        invoice);
}
