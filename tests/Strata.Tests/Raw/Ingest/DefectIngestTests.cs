using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw.Ingest;

public sealed class DefectIngestTests : FreshDatabaseTest
{
    private const string CustomerRows = "SELECT customer_id, age, gender, city, region, country, to_char(registration_date, 'YYYY-MM-DD') FROM customer_data";
    private const string ProductRows = "SELECT product_id, name, category, supplier, price FROM product_data";
    private const string ReturnRows = "SELECT return_id, to_char(return_date AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), product_id, customer_id, "
        + "quantity, price, cancelled_invoice FROM returns_data";
    private const string SaleRows =
        "SELECT sale_id, to_char(sale_date AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), product_id, customer_id, quantity, price FROM sales_data";

    [Fact]
    public async Task Every_defect_kind_ends_as_the_csv_format_specifies_and_every_row_is_counted()
    {
        var (customers, products, sales) = (DefectFixtures.Customers(), DefectFixtures.Products(), DefectFixtures.Sales());
        customers.WriteTo(Input, byteOrderMark: true);
        products.WriteTo(Input);
        sales.WriteTo(Input, lineEnd: "\n");

        var run = await IngestRun.InvokeAsync(Db, Input.Root);

        Assert.Equal(0, run.Cli.ExitCode);
        foreach (var fixture in new[] { customers, products, sales })
        {
            Assert.Equal(fixture.Expected, run.Table(fixture.Table));
            Assert.True(run.Table(fixture.Table).Balanced);
        }
        Assert.Equal(customers.CanonicalRows.Order(), (await Db.RowsAsync(CustomerRows)).Order());
        Assert.Equal(products.CanonicalRows.Order(), (await Db.RowsAsync(ProductRows)).Order());
        Assert.Equal(sales.CanonicalRows.Order(), (await Db.RowsAsync(SaleRows)).Order());
    }

    [Fact]
    public async Task A_returns_file_loads_after_the_sales_with_every_defect_counted_and_each_bad_row_quarantined_with_its_reason()
    {
        var returns = DefectFixtures.Returns();
        foreach (var fixture in DefectFixtures.All().Append(returns))
        {
            fixture.WriteTo(Input);
        }

        var run = await IngestRun.InvokeAsync(Db, Input.Root);

        Assert.Equal(0, run.Cli.ExitCode);
        Assert.Equal(returns.Expected, run.Table("returns_data"));
        Assert.True(run.Table("returns_data").Balanced);
        Assert.Equal(returns.CanonicalRows.Order(), (await Db.RowsAsync(ReturnRows)).Order());
        var quarantined = await Db.RowsAsync(
            "SELECT line_number, raw_record, target_table, reason FROM quarantine WHERE source_file = 'returns_data.csv' ORDER BY line_number");
        Assert.Equal(returns.Quarantined.Count(), quarantined.Count);
        Assert.All(returns.Quarantined.Zip(quarantined), pair =>
        {
            Assert.StartsWith($"{pair.First.Number}|{pair.First.Text}|returns_data|", pair.Second, StringComparison.Ordinal);
            Assert.Contains(pair.First.ReasonContains!, pair.Second, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Quarantine_rows_carry_file_line_table_raw_record_and_a_reason_naming_the_problem()
    {
        var fixtures = DefectFixtures.All();
        foreach (var fixture in fixtures)
        {
            fixture.WriteTo(Input);
        }

        await IngestRun.InvokeAsync(Db, Input.Root);

        var expected = fixtures.SelectMany(f => f.Quarantined.Select(line => (f.FileName, line.Number, f.Table, line.Text, line.ReasonContains!))).ToList();
        var actual = await Db.RowsAsync("SELECT source_file, line_number, target_table, raw_record, reason FROM quarantine ORDER BY source_file, line_number");
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (file, line, table, raw, reason) in expected)
        {
            var row = Assert.Single(actual, row => row.StartsWith($"{file}|{line}|{table}|{raw}|", StringComparison.Ordinal));
            Assert.Contains(reason, row[($"{file}|{line}|{table}|{raw}|").Length..]);
        }
    }

    [Fact]
    public async Task The_load_ledger_holds_one_balanced_row_per_table_per_file()
    {
        var fixtures = DefectFixtures.All();
        foreach (var fixture in fixtures)
        {
            fixture.WriteTo(Input);
        }

        var run = await IngestRun.InvokeAsync(Db, Input.Root);

        var runLedger = await Db.RowsAsync(
            "SELECT target_table, source, read_rows, loaded_rows, duplicate_rows, quarantined_rows FROM load_ledger " +
            "WHERE run_id = (SELECT run_id FROM load_ledger ORDER BY ledger_id DESC LIMIT 1) ORDER BY ledger_id");
        Assert.Equal(
            fixtures.Select(f => $"{f.Table}|{f.FileName}|{Counts(run, f.Table)}"),
            runLedger);
    }

    private static string Counts(IngestRun run, string table)
    {
        var counts = run.Table(table);
        return $"{counts.Read}|{counts.Loaded}|{counts.Duplicates}|{counts.Quarantined}";
    }
}
