using Strata.Raw.Ingest;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw.Ingest;

public sealed class OnlineRetailIngestTests : FreshDatabaseTest
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Fixtures", "online_retail_II_sample.csv");
    private static readonly string[] Tables = ["customer_data", "product_data", "sales_data", "returns_data"];

    [Fact]
    public async Task The_sample_export_splits_into_the_four_tables_with_every_line_accounted_for()
    {
        var export = ExportLines.Read(Sample);

        var run = await IngestRun.InvokeAsync(Db, Sample, "--format", "online-retail-ii");

        Assert.Equal(0, run.Cli.ExitCode);
        Assert.Equal(export.SalesCounts, run.Table("sales_data"));
        Assert.Equal(export.ReturnCounts, run.Table("returns_data"));
        Assert.Equal(export.CustomerCounts, run.Table("customer_data"));
        Assert.Equal(export.ProductCounts, run.Table("product_data"));
        Assert.Equal(export.All.Count, run.Table("sales_data").Read + run.Table("returns_data").Read);
        foreach (var table in (string[])["sales_data", "returns_data"])
        {
            Assert.Equal(export.QuarantinedKinds(table),
                await Db.RowsAsync($"SELECT split_part(reason, ':', 1), count(*) FROM quarantine WHERE target_table = '{table}' "
                    + "GROUP BY 1 ORDER BY split_part(reason, ':', 1) COLLATE \"C\""));
        }
        Assert.Equal(Tables.Select(table => $"{table}|{Ledger(run.Table(table))}").Order(StringComparer.Ordinal), await Db.RowsAsync(
            "SELECT target_table, read_rows, loaded_rows, duplicate_rows, quarantined_rows FROM load_ledger ORDER BY target_table COLLATE \"C\""));
    }

    [Fact]
    public async Task Every_customer_the_sample_names_is_loaded_the_ones_only_cancelling_or_paying_postage_too()
    {
        var export = ExportLines.Read(Sample);

        await IngestRun.InvokeAsync(Db, Sample, "--format", "online-retail-ii");

        var named = export.All.Select(line => line.CustomerId).Where(id => id.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(24, named.Count);
        Assert.Equal(named, await Db.RowsAsync("SELECT customer_id FROM customer_data ORDER BY customer_id::text COLLATE \"C\""));
    }

    [Fact]
    public async Task Cancellations_load_as_returns_of_the_invoice_they_most_likely_cancel()
    {
        var export = ExportLines.Read(Sample);

        await IngestRun.InvokeAsync(Db, Sample, "--format", "online-retail-ii");

        Assert.NotEmpty(export.ReturnRows);
        Assert.Equal(export.ReturnRows.Order(), (await Db.RowsAsync(
            "SELECT return_id, to_char(return_date AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), product_id, customer_id, quantity, price "
            + "FROM returns_data")).Order());
        // Each cancelled invoice, where one is named, sold that product to that customer earlier in at least that quantity.
        Assert.Empty(await Db.RowsAsync(
            "SELECT r.return_id FROM returns_data r WHERE r.cancelled_invoice IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sales_data s "
            + "WHERE s.sale_id / 1000 = r.cancelled_invoice AND s.product_id = r.product_id AND s.customer_id = r.customer_id "
            + "AND s.sale_date < r.return_date AND s.quantity >= r.quantity)"));
    }

    [Fact]
    public async Task Sales_customers_and_products_hold_what_the_lines_say()
    {
        var export = ExportLines.Read(Sample);

        await IngestRun.InvokeAsync(Db, Sample, "--format", "online-retail-ii");

        Assert.Equal(export.SaleRows.Order(), (await Db.RowsAsync(
            "SELECT sale_id, to_char(sale_date AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), product_id, customer_id, quantity, price "
            + "FROM sales_data")).Order());
        Assert.Equal(export.CustomerRows.Order(), (await Db.RowsAsync(
            "SELECT customer_id, country, to_char(registration_date, 'YYYY-MM-DD') FROM customer_data "
            + "WHERE num_nulls(age, gender, city, region) = 4")).Order());
        Assert.Equal(export.ProductRows.Order(), (await Db.RowsAsync("SELECT product_id, name, price FROM product_data WHERE supplier IS NULL")).Order());
        Assert.Equal(["RECORD FRAME 7\" SINGLE SIZE", "DOG BOWL , CHASING BALL DESIGN", "GARLAND , WOODEN \" HAPPY EASTER\""], await Db.RowsAsync(
            "SELECT name FROM product_data WHERE product_id IN ('22041', '22349', '22241') ORDER BY product_id = '22241', product_id"));
        Assert.Empty(await Db.RowsAsync(
            "SELECT category FROM product_data WHERE category IS NULL OR category <> initcap(category) AND category NOT LIKE '%&%'"));
    }

    [Fact]
    public async Task Ingesting_the_export_again_loads_nothing_new()
    {
        const string everything = "SELECT t::text FROM sales_data t UNION ALL SELECT t::text FROM product_data t "
            + "UNION ALL SELECT t::text FROM customer_data t UNION ALL SELECT t::text FROM returns_data t ORDER BY 1";
        await IngestRun.InvokeAsync(Db, Sample, "--format", "online-retail-ii");
        var before = await Db.RowsAsync(everything);

        var again = await IngestRun.InvokeAsync(Db, Sample, "--format", "online-retail-ii");

        Assert.All(Tables, table => Assert.Equal(0, again.Table(table).Loaded));
        Assert.Equal(before, await Db.RowsAsync(everything));
    }

    [Fact]
    public async Task An_exact_repeat_of_a_line_within_its_invoice_is_a_duplicate_sale_not_a_second_one()
    {
        var lines = File.ReadAllLines(Sample);
        var repeated = Input.Write("repeated.csv", string.Join("\n", [lines[0], lines[1], lines[1], .. lines[2..], lines[^1]]) + "\n");
        var export = ExportLines.Read(repeated);

        var run = await IngestRun.InvokeAsync(Db, repeated, "--format", "online-retail-ii");

        Assert.Equal(2, export.Sales.Count() - export.DistinctSales.Count());
        Assert.Equal(export.SalesCounts, run.Table("sales_data"));
        Assert.Equal(export.CustomerCounts, run.Table("customer_data"));
        Assert.Equal(export.SaleRows.Order(), (await Db.RowsAsync(
            "SELECT sale_id, to_char(sale_date AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), product_id, customer_id, quantity, price "
            + "FROM sales_data")).Order());
    }

    [Fact]
    public async Task A_file_that_is_no_online_retail_export_is_refused()
    {
        DefectFixtures.Sales().WriteTo(Input);

        var run = await IngestRun.InvokeAsync(Db, Input.Root, "--format", "online-retail-ii");

        Assert.Equal(1, run.Cli.ExitCode);
        Assert.Equal(TableCounts.None, run.Table("sales_data"));
        Assert.StartsWith("sales_data.csv: not an Online Retail II export: missing column(s) Invoice, StockCode",
            Assert.Single(run.Files).GetProperty("message").GetString());
    }

    private static string Ledger(TableCounts counts) => $"{counts.Read}|{counts.Loaded}|{counts.Duplicates}|{counts.Quarantined}";
}
