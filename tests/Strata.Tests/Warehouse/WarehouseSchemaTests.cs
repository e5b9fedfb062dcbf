using Strata.ClickHouse;
using Strata.Contracts;
using Strata.Sql;
using Strata.Tests.Infrastructure;
using Strata.Warehouse;

namespace Strata.Tests.Warehouse;

public sealed class WarehouseSchemaTests(TestClickHouse clickHouse) : IClassFixture<TestClickHouse>, IAsyncLifetime
{
    public Task InitializeAsync() => WarehouseSchema.EnsureAsync(clickHouse.Engine, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ensuring_again_keeps_every_table_and_its_rows()
    {
        await clickHouse.Engine.ExecuteAsync(
            "INSERT INTO dim_product VALUES ('P1', 'Pen', 'Office', NULL, 1.50, now64(6), now64(6))", null, CancellationToken.None);

        await WarehouseSchema.EnsureAsync(clickHouse.Engine, CancellationToken.None);

        var tables = await clickHouse.RowsAsync("SELECT name FROM system.tables WHERE database = currentDatabase() ORDER BY name");
        Assert.Equal(WarehouseSchema.Tables.Order(StringComparer.Ordinal), tables.Select(row => (string?)row[0]));
        Assert.Equal(1UL, Assert.Single(await clickHouse.RowsAsync("SELECT count() FROM dim_product WHERE product_id = 'P1'"))[0]);
    }

    [Fact]
    public async Task A_fact_table_created_before_product_id_was_low_cardinality_is_upgraded_with_its_rows()
    {
        var earlierDdl = SqlCatalog.Read("warehouse/schema/fact_sales.sql")
            .Replace("product_id  LowCardinality(String)", "product_id  String", StringComparison.Ordinal);
        await clickHouse.Engine.ExecuteAsync("DROP TABLE fact_sales", null, CancellationToken.None);
        await clickHouse.Engine.ExecuteAsync(earlierDdl, null, CancellationToken.None);
        await clickHouse.Engine.ExecuteAsync(
            "INSERT INTO fact_sales VALUES (7, '2024-03-01 10:00:00', 'P7', 1, 2, 3.50, 7.00, now64(6), now64(6))", null, CancellationToken.None);
        Assert.Equal("String", await ProductIdTypeAsync());

        await WarehouseSchema.EnsureAsync(clickHouse.Engine, CancellationToken.None);

        Assert.Equal("LowCardinality(String)", await ProductIdTypeAsync());
        Assert.Equal([7L, "P7", 7.00m], Assert.Single(await clickHouse.RowsAsync("SELECT sale_id, product_id, revenue FROM fact_sales")));
    }

    private async Task<string?> ProductIdTypeAsync() => (string?)Assert.Single(await clickHouse.RowsAsync(
        "SELECT type FROM system.columns WHERE database = currentDatabase() AND table = 'fact_sales' AND name = 'product_id'"))[0];

    /// <summary>Every warehouse column named after a contract column has the contract's ClickHouse type.</summary>
    [Theory]
    [InlineData("fact_sales", "sales_data", "sale_id,sale_date,product_id,customer_id,quantity,price")]
    [InlineData("dim_product", "product_data", "product_id,name,category,supplier,price")]
    [InlineData("dim_customer", "customer_data", "customer_id,age,gender,city,region,country,registration_date")]
    [InlineData("summary_products", "product_data", "product_id,name,category")]
    [InlineData("summary_customers", "customer_data", "customer_id")]
    [InlineData("summary_sales", "product_data", "category")]
    [InlineData("summary_sales", "customer_data", "region")]
    [InlineData("summary_category_region", "product_data", "category")]
    [InlineData("summary_category_region", "customer_data", "region")]
    public async Task Contract_columns_have_the_contract_types(string table, string contractTable, string columns)
    {
        var contract = RawTables.ByName(contractTable);
        var described = (await clickHouse.RowsAsync($"DESCRIBE TABLE {ClickHouseIdentifier.Quote(table)}"))
            .ToDictionary(row => (string)row[0]!, row => (string?)row[1]);

        foreach (var name in columns.Split(','))
        {
            Assert.True(described.TryGetValue(name, out var actual), $"{table} has no column {name}.");
            Assert.Equal(ClickHouseTypes.Of(contract.Column(name)), actual);
        }
    }

    [Fact]
    public async Task Facts_are_partitioned_by_month_and_money_is_exact_decimal()
    {
        var fact = Assert.Single(await clickHouse.RowsAsync(
            "SELECT partition_key, engine FROM system.tables WHERE database = currentDatabase() AND name = 'fact_sales'"));
        var revenue = Assert.Single(await clickHouse.RowsAsync(
            "SELECT type FROM system.columns WHERE database = currentDatabase() AND table = 'fact_sales' AND name = 'revenue'"));

        Assert.Equal(["toYYYYMM(sale_date)", "MergeTree"], fact);
        Assert.Equal("Decimal(18, 2)", revenue[0]);
    }

    [Fact]
    public async Task The_brief_s_aggregate_columns_exist_under_their_names()
    {
        var expected = new Dictionary<string, string[]>
        {
            ["summary_sales"] = ["sale_date", "category", "region", "revenue", "units", "orders", "customers", "avg_check"],
            ["summary_products"] = ["product_id", "name", "category", "units", "revenue", "customers", "first_sale", "last_sale"],
            ["summary_customers"] = ["customer_id", "orders", "units", "revenue", "first_purchase", "last_purchase", "avg_check"],
        };
        foreach (var (table, columns) in expected)
        {
            var actual = await clickHouse.RowsAsync(
                "SELECT name FROM system.columns WHERE database = currentDatabase() AND table = {table:String} ORDER BY position",
                new ClickHouseParameters { ["table"] = table });
            Assert.Equal(columns, actual.Select(row => (string?)row[0]));
        }
    }
}
