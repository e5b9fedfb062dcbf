using Npgsql;
using Strata.ClickHouse;
using Strata.Tests.Infrastructure;
using Strata.Warehouse;

namespace Strata.Tests.Warehouse;

/// <summary>
/// Edge values written to the raw tier come back from the warehouse tables unchanged after ClickHouse pulls
/// them itself through postgresql(): exact money, UTC instants to the microsecond, nulls, text with quotes,
/// tabs and non-ASCII. The PostgreSQL database runs in New York time, where two of the instants share a
/// local wall-clock time (the autumn DST fold), so a reader that lost the offset would merge or shift them.
/// </summary>
public sealed class RawRoundTripTests(RawRoundTripTests.Loaded loaded) : IClassFixture<RawRoundTripTests.Loaded>
{
    private TestDatabase Postgres => loaded.Postgres;

    private TestClickHouse ClickHouse => loaded.ClickHouse;

    private static readonly object?[][] Customers =
    [
        [1, (short)14, "F", "Zürich \"Altstadt\"", "Zürich", "CH", new DateOnly(1900, 1, 1)],
        [2, null, null, null, null, null, new DateOnly(2299, 12, 31)],
        [int.MaxValue, (short)110, "M", "O'Hare\tCity", "Illinois", "US", new DateOnly(2024, 2, 29)],
    ];

    private static readonly object?[][] Products =
    [
        ["P'2", "Tab\there\nand a newline", "Garden", "Acme \"Ltd\"", 9_999_999_999.99m],
        ["P-1", "Pen ✓", "Office", null, 0.01m],
    ];

    private static readonly object?[][] Sales =
    [
        [1L, Utc(2024, 3, 31, 23, 59, 59, 999_999), "P-1", 1, 1, 0.01m],
        [2L, Utc(1970, 1, 1, 0, 0, 0, 0), "P'2", 2, 1000, 9_999_999_999.99m],
        [3L, Utc(2024, 11, 3, 5, 30, 0, 1), "P-1", int.MaxValue, 7, 12.34m],
        [4L, Utc(2024, 11, 3, 6, 30, 0, 1), "P-1", int.MaxValue, 2, 12.34m],
        [long.MaxValue, Utc(2299, 12, 31, 23, 59, 59, 999_999), "P-1", 1, 3, 5.55m],
    ];

    [Fact]
    public async Task Sales_come_back_identical_with_revenue_exact()
    {
        var rows = await ClickHouse.RowsAsync("SELECT sale_id, sale_date, product_id, customer_id, quantity, price, revenue FROM fact_sales ORDER BY sale_id");

        var expected = Sales.Select(sale => (object?[])[.. sale, (int)sale[4]! * (decimal)sale[5]!]);
        Assert.Equal(expected, rows);
        Assert.All(rows, row => Assert.Equal(DateTimeKind.Utc, ((DateTime)row[1]!).Kind));
    }

    [Fact]
    public async Task Products_and_customers_come_back_identical_including_nulls()
    {
        var products = await ClickHouse.RowsAsync("SELECT product_id, name, category, supplier, price FROM dim_product ORDER BY product_id");
        var customers = await ClickHouse.RowsAsync(
            "SELECT customer_id, age, gender, city, region, country, registration_date FROM dim_customer ORDER BY customer_id");

        Assert.Equal(Products, products);
        Assert.Equal(Customers, customers);
    }

    [Fact]
    public async Task Totals_match_what_postgres_computes_itself()
    {
        await using var connection = await Postgres.Database.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(
            "SELECT count(*), sum(quantity * price), count(DISTINCT sale_date), min(sale_date), max(sale_date) FROM sales_data", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        object?[] postgresTotals = [(ulong)reader.GetInt64(0), reader.GetDecimal(1), (ulong)reader.GetInt64(2), reader.GetDateTime(3), reader.GetDateTime(4)];

        var clickHouseTotals = Assert.Single(await ClickHouse.RowsAsync(
            "SELECT count(), sum(revenue), uniqExact(sale_date), min(sale_date), max(sale_date) FROM fact_sales"));

        Assert.Equal(postgresTotals, clickHouseTotals);
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute, int second, int microsecond) =>
        new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(microsecond * 10L);

    /// <summary>Both stores, filled once for the class: the rows in PostgreSQL, then pulled by ClickHouse.</summary>
    public sealed class Loaded : IAsyncLifetime
    {
        public TestDatabase Postgres { get; } = new();

        public TestClickHouse ClickHouse { get; } = new();

        public async Task InitializeAsync()
        {
            await Postgres.InitializeAsync();
            await ClickHouse.InitializeAsync();
            await Postgres.Database.ExecuteAsync($"ALTER DATABASE \"{Postgres.Name}\" SET timezone TO 'America/New_York'", CancellationToken.None);
            await InsertAsync("customer_data", "customer_id, age, gender, city, region, country, registration_date", Customers);
            await InsertAsync("product_data", "product_id, name, category, supplier, price", Products);
            await InsertAsync("sales_data", "sale_id, sale_date, product_id, customer_id, quantity, price", Sales);
            await WarehouseSchema.EnsureAsync(ClickHouse.Engine, CancellationToken.None);
            await PullAsync("""
                INSERT INTO dim_customer (customer_id, age, gender, city, region, country, registration_date, updated_at, loaded_at)
                SELECT customer_id, age, gender, city, region, country, registration_date, updated_at, now64(6)
                FROM postgresql({pg_address:String}, {pg_database:String}, 'customer_data', {pg_user:String}, {pg_password:String})
                """);
            await PullAsync("""
                INSERT INTO dim_product (product_id, name, category, supplier, price, updated_at, loaded_at)
                SELECT product_id, name, category, supplier, price, updated_at, now64(6)
                FROM postgresql({pg_address:String}, {pg_database:String}, 'product_data', {pg_user:String}, {pg_password:String})
                """);
            await PullAsync("""
                INSERT INTO fact_sales
                SELECT sale_id, sale_date, product_id, customer_id, quantity, price, quantity * price, updated_at, now64(6)
                FROM postgresql({pg_address:String}, {pg_database:String}, 'sales_data', {pg_user:String}, {pg_password:String})
                """);
        }

        public async Task DisposeAsync()
        {
            await ClickHouse.DisposeAsync();
            await Postgres.DisposeAsync();
        }

        private Task PullAsync(string sql) =>
            ClickHouse.Engine.ExecuteAsync(sql, PostgresSource.Parameters(Postgres.ConnectionString), CancellationToken.None);

        private async Task InsertAsync(string table, string columns, object?[][] rows)
        {
            var count = columns.Split(',').Length;
            var placeholders = string.Join(", ", Enumerable.Range(1, count).Select(i => $"${i}"));
            await using var connection = await Postgres.Database.OpenAsync(CancellationToken.None);
            foreach (var row in rows)
            {
                await using var command = new NpgsqlCommand($"INSERT INTO {table} ({columns}, source_file) VALUES ({placeholders}, 'round-trip')", connection);
                foreach (var value in row)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
                }
                await command.ExecuteNonQueryAsync();
            }
        }
    }
}
