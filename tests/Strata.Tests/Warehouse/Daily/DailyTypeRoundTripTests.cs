using Npgsql;
using Strata.Pipeline;
using Strata.Warehouse.Daily;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Warehouse.Daily;

/// <summary>
/// Values survive the daily load unchanged: money to the cent at the contract's limits, instants to the
/// microsecond in UTC (even when PostgreSQL's session time zone is not UTC), and NULLs as NULLs.
/// Its own class: it changes the database's time zone.
/// </summary>
public sealed class DailyTypeRoundTripTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private readonly DailyStores stores = new(postgres, clickHouse);

    public async Task InitializeAsync()
    {
        await postgres.Database.ExecuteAsync($"ALTER DATABASE \"{postgres.Name}\" SET timezone TO 'Asia/Tokyo'", CancellationToken.None);
        NpgsqlConnection.ClearAllPools();
        await stores.ResetAsync();
        await postgres.Database.ExecuteAsync("""
            INSERT INTO customer_data (customer_id, registration_date, source_file) VALUES (42, '1999-12-31', 'edge');
            INSERT INTO sales_data (sale_id, sale_date, product_id, customer_id, quantity, price, source_file) VALUES
                (8001, '2024-02-10 23:59:59.999999+00', 'P001', 42, 1, 9999999999.99, 'edge'),
                (8002, '2024-02-11 01:30:00.000001+02', 'P002', 42, 2147483647, 0.01, 'edge');
            """, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Sales_arrive_in_clickhouse_exactly_as_postgres_holds_them()
    {
        Assert.Equal(PipelineStatus.Succeeded, (await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 2, 10)))).Status);

        var expected = await stores.PostgresRowsAsync("""
            SELECT sale_id, sale_date, product_id, customer_id, quantity, price, quantity * price
            FROM sales_data WHERE sale_date >= '2024-02-10 00:00:00+00' AND sale_date < '2024-02-11 00:00:00+00' ORDER BY sale_id
            """);
        var actual = await clickHouse.RowsAsync(
            "SELECT sale_id, sale_date, product_id, customer_id, quantity, price, revenue FROM fact_sales ORDER BY sale_id");

        Assert.Equal(expected.Count, actual.Count);
        Assert.Contains(expected, row => (long)row[0]! == 8001 && (decimal)row[5]! == 9999999999.99m);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
            Assert.Equal(DateTimeKind.Utc, ((DateTime)actual[i][1]!).Kind);
        }
    }

    [Fact]
    public async Task Missing_optional_values_stay_null()
    {
        await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 2, 10)));

        var customer = (await clickHouse.RowsAsync(
            "SELECT age, age_band, gender, city, region, country, registration_date FROM dim_customer WHERE customer_id = 42")).Single();
        Assert.Equal([null, "unknown", null, null, null, null, new DateOnly(1999, 12, 31)], customer);
        var product = (await clickHouse.RowsAsync("SELECT supplier FROM dim_product WHERE product_id = 'P005'")).Single();
        Assert.Equal([null], product);
    }
}
