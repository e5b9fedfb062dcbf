using System.Globalization;
using CsvHelper;
using Strata.Configuration;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Reports;

/// <summary>
/// A generated set (`strata generate`, its returns included) through the whole pipeline as the demo runs it: ingest
/// of the folder, the daily load of its days, its months archived. Then the returns reports of both analytical tiers
/// against this test's own sums over the generated files, read with a CSV parser: the product's code computes none of it.
/// </summary>
public sealed class GeneratedReturnsReportTests(TestDatabase raw, TestClickHouse clickHouse, TemporaryFolder folder)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IClassFixture<TemporaryFolder>, IAsyncLifetime
{
    private const string ProductColumns = "product_id, sold_units, returned_units, gross_revenue, returned_revenue, net_revenue, return_rate_pct";
    private const string CategoryColumns = "category, sold_units, returned_units, gross_revenue, returned_revenue, net_revenue, return_rate_pct";

    private readonly EmptyTestDatabase archive = new();

    public async Task InitializeAsync()
    {
        await archive.InitializeAsync();
        await new PipelineCommands(raw, clickHouse, archive).RunAsync(
            ["generate", "--out", folder.Root, "--customers", "150", "--products", "60", "--sales", "4000",
                "--start", "2024-01-01", "--end", "2024-03-31", "--seed", "5", "--return-rate", "0.05"],
            ["ingest", folder.Root],
            ["run", "daily", "--from", "2024-01-01", "--to", "2024-03-31"],
            ["run", "monthly", "--from", "2024-01", "--to", "2024-03"]);
    }

    public async Task DisposeAsync() => await archive.DisposeAsync();

    [Fact]
    public async Task Both_tiers_report_returns_by_product_as_the_generated_files_add_up()
    {
        var expected = Expected(line => line.Product);

        var warehouse = await clickHouse.RowsAsync($"SELECT {ProductColumns} FROM ({ReportRows.Sql(Tier.Warehouse, "returns_by_product")})");
        var archived = await archive.RowsAsync($"SELECT {ProductColumns} FROM bi_returns_by_product");

        Assert.True(expected.Count(row => row.Split('|')[2] != "0") >= 20, "too few products with returns to tell anything");
        Assert.Equal(expected, ReportRows.Normalised(warehouse.Select(ReportRows.Text)));
        Assert.Equal(expected, ReportRows.Normalised(archived));
    }

    [Fact]
    public async Task Both_tiers_report_returns_by_category_as_the_generated_files_add_up()
    {
        var categories = Csv("product_data.csv").ToDictionary(row => row[0], row => row[2]);
        var expected = Expected(line => categories[line.Product]);

        var warehouse = await clickHouse.RowsAsync($"SELECT {CategoryColumns} FROM ({ReportRows.Sql(Tier.Warehouse, "returns_by_category")})");
        var archived = await archive.RowsAsync($"SELECT {CategoryColumns} FROM bi_returns_by_category");

        Assert.Equal(expected, ReportRows.Normalised(warehouse.Select(ReportRows.Text)));
        Assert.Equal(expected, ReportRows.Normalised(archived));
    }

    [Fact]
    public async Task Every_generated_return_is_in_both_tiers_with_the_invoice_it_cancels()
    {
        var expected = ReportRows.Normalised(Csv("returns_data.csv").Select(row => string.Join('|', row[0], row[2], row[3], row[4], row[5], row[6])));
        const string columns = "return_id, product_id, customer_id, quantity, price, cancelled_invoice";

        var warehouse = await clickHouse.RowsAsync($"SELECT {columns} FROM fact_returns");
        var archived = await archive.RowsAsync($"SELECT {columns} FROM historical_returns");

        Assert.Contains(expected, row => row.EndsWith('|'));
        Assert.Equal(expected, ReportRows.Normalised(warehouse.Select(ReportRows.Text)));
        Assert.Equal(expected, ReportRows.Normalised(archived));
    }

    private sealed record Movement(string Product, int Sold, int Returned, decimal Gross, decimal ReturnedValue);

    /// <summary>
    /// Per group of products sold or returned: "key|units sold|units returned|gross|returned value|net|return rate %", the rate
    /// being the value returned over gross revenue, rounded half away from zero to cents.
    /// </summary>
    private List<string> Expected(Func<Movement, string> key)
    {
        static decimal Value(string[] row) => int.Parse(row[4], CultureInfo.InvariantCulture) * decimal.Parse(row[5], CultureInfo.InvariantCulture);
        var movements = Csv("sales_data.csv").Select(row => new Movement(row[2], int.Parse(row[4], CultureInfo.InvariantCulture), 0, Value(row), 0))
            .Concat(Csv("returns_data.csv").Select(row => new Movement(row[2], 0, int.Parse(row[4], CultureInfo.InvariantCulture), 0, Value(row))));
        return ReportRows.Normalised(movements.GroupBy(key).Select(group =>
        {
            var (gross, returned) = (group.Sum(m => m.Gross), group.Sum(m => m.ReturnedValue));
            var rate = gross > 0 ? Math.Round(returned * 100 / gross, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : "";
            return string.Join('|', group.Key, group.Sum(m => m.Sold), group.Sum(m => m.Returned), gross, returned, gross - returned, rate);
        }));
    }

    /// <summary>The data rows of one generated file, parsed as RFC 4180.</summary>
    private List<string[]> Csv(string file)
    {
        using var parser = new CsvParser(new StreamReader(Path.Combine(folder.Root, file)), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record!);
        }
        return rows[1..];
    }
}
