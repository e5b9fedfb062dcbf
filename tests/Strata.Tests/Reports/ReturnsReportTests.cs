using System.Globalization;
using Strata.Configuration;
using Strata.Tests.Infrastructure;
using Strata.Tests.Raw.Ingest;

namespace Strata.Tests.Reports;

/// <summary>
/// The Online Retail II sample through the whole pipeline (ingest, the daily load, the month archived), then the
/// returns reports of both analytical tiers against <see cref="ExportLines"/>' computation straight off the file.
/// </summary>
public sealed class ReturnsReportTests(TestDatabase raw, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Fixtures", "online_retail_II_sample.csv");

    private const string ProductColumns = "product_id, sold_units, returned_units, gross_revenue, returned_revenue, net_revenue, return_rate_pct";

    private readonly EmptyTestDatabase archive = new();

    private readonly ExportLines export = ExportLines.Read(Sample);

    public async Task InitializeAsync()
    {
        await archive.InitializeAsync();
        await new PipelineCommands(raw, clickHouse, archive).RunAsync(
            ["ingest", Sample, "--format", "online-retail-ii"], ["run", "daily", "--date", "2009-12-01"], ["run", "monthly", "--month", "2009-12"]);
    }

    public async Task DisposeAsync() => await archive.DisposeAsync();

    [Fact]
    public async Task The_warehouse_reports_returns_by_product_as_the_file_says()
    {
        var report = await clickHouse.RowsAsync($"SELECT {ProductColumns} FROM ({ReportRows.Sql(Tier.Warehouse, "returns_by_product")})");

        Assert.Contains(export.ReturnsByProduct, row => row.Split('|')[2] != "0");
        Assert.Equal(ReportRows.Normalised(export.ReturnsByProduct), ReportRows.Normalised(report.Select(ReportRows.Text)));
    }

    [Fact]
    public async Task The_archive_reports_returns_by_product_as_the_file_says()
    {
        var view = await archive.RowsAsync($"SELECT {ProductColumns} FROM bi_returns_by_product");

        Assert.Equal(ReportRows.Normalised(export.ReturnsByProduct), ReportRows.Normalised(view));
    }

    [Fact]
    public async Task Both_tiers_report_returns_by_category_as_the_files_products_add_up()
    {
        var categories = (await raw.RowsAsync("SELECT product_id, category FROM product_data"))
            .Select(row => row.Split('|')).ToDictionary(pair => pair[0], pair => pair[1]);
        var expected = export.ReturnsByProduct.Select(row => row.Split('|')).GroupBy(row => categories[row[0]]).Select(category =>
        {
            decimal Sum(int column) => category.Sum(row => decimal.Parse(row[column], CultureInfo.InvariantCulture));
            var rate = Sum(3) > 0 ? Math.Round(Sum(4) * 100 / Sum(3), 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) : "";
            return string.Join('|', category.Key, Sum(1), Sum(2), Sum(3), Sum(4), Sum(5), rate);
        });
        const string columns = "category, sold_units, returned_units, gross_revenue, returned_revenue, net_revenue, return_rate_pct";

        var warehouse = await clickHouse.RowsAsync($"SELECT {columns} FROM ({ReportRows.Sql(Tier.Warehouse, "returns_by_category")})");
        var archived = await archive.RowsAsync($"SELECT {columns} FROM bi_returns_by_category");

        Assert.Equal(ReportRows.Normalised(expected), ReportRows.Normalised(warehouse.Select(ReportRows.Text)));
        Assert.Equal(ReportRows.Normalised(expected), ReportRows.Normalised(archived));
    }
}
