using Strata.Pipeline;
using Strata.Raw;
using Strata.Warehouse.Daily;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Warehouse.Daily;

/// <summary>
/// A raw tier whose constraints were relaxed (as a source without them would be): rows breaking the contract
/// reach the daily run, which must quarantine them with reasons, keep the latest version of a duplicated
/// key, and still reconcile with PostgreSQL. Its own class: it alters the database's constraints.
/// </summary>
public sealed class DailyQuarantineTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private static readonly DateOnly Day = new(2024, 2, 10);

    private readonly DailyStores stores = new(postgres, clickHouse);

    public async Task InitializeAsync()
    {
        await postgres.Database.ExecuteAsync("""
            ALTER TABLE sales_data DROP CONSTRAINT IF EXISTS sales_data_pkey, DROP CONSTRAINT IF EXISTS sales_data_quantity_check,
                DROP CONSTRAINT IF EXISTS sales_data_product_id_fkey, DROP CONSTRAINT IF EXISTS sales_data_customer_id_fkey;
            ALTER TABLE customer_data DROP CONSTRAINT IF EXISTS customer_data_age_check;
            ALTER TABLE product_data DROP CONSTRAINT IF EXISTS product_data_price_check;
            """, CancellationToken.None);
        await stores.ResetAsync();
        await postgres.Database.ExecuteAsync("""
            INSERT INTO customer_data (customer_id, age, registration_date, source_file) VALUES (41, 200, '2024-01-01', 'bad');
            INSERT INTO product_data (product_id, name, category, price, source_file) VALUES ('P999', 'Free lunch', 'Category 1', 0, 'bad');
            INSERT INTO sales_data (sale_id, sale_date, product_id, customer_id, quantity, price, source_file, updated_at) VALUES
                (9001, '2024-02-10 09:00:00+00', 'P001', 1, 0, 5.00, 'bad', '2024-04-02'),
                (9002, '2024-02-10 10:00:00+00', 'NOPE', 1, 1, 5.00, 'bad', '2024-04-02'),
                (9003, '2024-02-10 11:00:00+00', 'P002', 2, 1, 5.00, 'dup', '2024-04-01'),
                (9003, '2024-02-10 11:30:00+00', 'P002', 2, 3, 7.00, 'dup', '2024-04-02'),
                (9004, '2024-02-10 12:00:00+00', 'P003', 41, 1, 5.00, 'bad', '2024-04-02');
            """, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Bad_rows_are_quarantined_with_reasons_duplicates_keep_the_latest_and_the_run_still_reconciles()
    {
        var summary = await stores.RunAsync(DailyRange.Day(Day));

        Assert.Equal(PipelineStatus.Succeeded, summary.Status);
        Assert.True(summary.Reconciliation.Matched);
        var rawSales = await postgres.Database.ScalarAsync<long>(
            "SELECT count(*) FROM sales_data WHERE sale_date >= '2024-02-10 00:00:00+00' AND sale_date < '2024-02-11 00:00:00+00'", CancellationToken.None);
        Assert.Equal(
            [
                new TableAccount("dim_customer", "customer_data", 41, 40, 0, 1),
                new TableAccount("dim_product", "product_data", 13, 12, 0, 1),
                new TableAccount("fact_sales", "sales_data", rawSales, rawSales - 4, 1, 3),
            ],
            summary.Reconciliation.Tables);
        Assert.Equal(
            [
                ["customer_data", "41", "age must be between 14 and 110"],
                ["product_data", "P999", "price must be between 0.01 and 9999999999.99"],
                ["sales_data", "9001", "quantity must be between 1 and 2147483647"],
                ["sales_data", "9002", "product_id refers to no product"],
                ["sales_data", "9004", "customer_id refers to no customer"],
            ],
            await clickHouse.RowsAsync("SELECT source_table, business_key, reason FROM quarantine ORDER BY source_table, business_key"));
        Assert.Equal([3, 7.00m, 21.00m], (await clickHouse.RowsAsync("SELECT quantity, price, revenue FROM fact_sales WHERE sale_id = 9003")).Single());
        var ledger = await postgres.Database.ScalarAsync<long>(
            "SELECT count(*) FROM load_ledger WHERE tier = 'clickhouse' AND read_rows = loaded_rows + duplicate_rows + quarantined_rows",
            CancellationToken.None);
        Assert.Equal(3, ledger);
    }

    [Fact]
    public async Task Re_running_replaces_the_quarantine_instead_of_adding_to_it_and_a_fixed_row_leaves_it()
    {
        await stores.RunAsync(DailyRange.Day(Day));
        var first = await stores.FingerprintAsync();
        await stores.RunAsync(DailyRange.Day(Day));
        Assert.Equal(first, await stores.FingerprintAsync());

        await postgres.Database.ExecuteAsync("UPDATE sales_data SET quantity = 2, updated_at = now() WHERE sale_id = 9001", CancellationToken.None);
        var summary = await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 3, 1)));

        Assert.Equal(PipelineStatus.Succeeded, summary.Status);
        Assert.Equal(["9002", "9004"], (await clickHouse.RowsAsync(
            "SELECT business_key FROM quarantine WHERE source_table = 'sales_data' ORDER BY business_key")).Select(row => row[0]));
        Assert.Equal(10.00m, await stores.ClickHouseScalarAsync<decimal>("SELECT revenue FROM fact_sales WHERE sale_id = 9001"));
    }

    [Fact]
    public async Task Sales_of_a_product_that_becomes_invalid_stay_in_the_facts_and_the_summaries()
    {
        await stores.RunAsync(DailyRange.Day(Day));
        await postgres.Database.ExecuteAsync("UPDATE product_data SET price = 0, updated_at = now() WHERE product_id = 'P001'", CancellationToken.None);

        var summary = await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 3, 1)));

        Assert.Equal(PipelineStatus.Succeeded, summary.Status);
        Assert.Contains(await clickHouse.RowsAsync("SELECT business_key, reason FROM quarantine WHERE source_table = 'sales_data'"),
            row => (string?)row[1] == "product_id refers to no product" && (string?)row[0] != "9002");
        var kept = await stores.ClickHouseScalarAsync<decimal>("SELECT sum(revenue) FROM fact_sales WHERE product_id = 'P001'");
        Assert.True(kept > 0);
        Assert.Equal(await stores.ClickHouseScalarAsync<decimal>("SELECT sum(revenue) FROM fact_sales"),
            await stores.ClickHouseScalarAsync<decimal>("SELECT sum(revenue) FROM summary_sales"));
        Assert.Equal(kept, await stores.ClickHouseScalarAsync<decimal>("SELECT sum(revenue) FROM summary_products WHERE category = 'unknown'"));
    }

    [Fact]
    public async Task A_sale_whose_revenue_overflows_the_warehouse_is_quarantined_and_the_run_goes_on()
    {
        await postgres.Database.ExecuteAsync("""
            INSERT INTO sales_data (sale_id, sale_date, product_id, customer_id, quantity, price, source_file, updated_at)
            VALUES (9005, '2024-02-10 13:00:00+00', 'P001', 1, 2000000000, 9999999999.99, 'huge', '2024-04-02')
            """, CancellationToken.None);

        var summary = await stores.RunAsync(DailyRange.Day(Day));

        Assert.Equal(PipelineStatus.Succeeded, summary.Status);
        Assert.True(summary.Reconciliation.Matched);
        Assert.Equal(["revenue (quantity x price) exceeds Decimal(18, 2)"], (await clickHouse.RowsAsync(
            "SELECT reason FROM quarantine WHERE business_key = '9005'")).Select(row => row[0]));
    }
}
