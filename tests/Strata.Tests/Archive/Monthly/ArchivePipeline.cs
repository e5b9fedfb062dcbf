using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Strata.ClickHouse;
using Strata.Pipeline;
using Strata.Archive;
using Strata.Tests.Infrastructure;
using Strata.Warehouse;

namespace Strata.Tests.Archive.Monthly;

/// <summary>
/// The three stores a monthly run touches, fresh for one test class: the embedded ClickHouse (fact_sales and the
/// dimensions filled directly with INSERTs, as the daily load would leave them), a raw-tier PostgreSQL database
/// (the ledger, and the source that explains gaps) and an empty PostgreSQL database as the archive.
/// </summary>
public sealed class ArchivePipeline : IAsyncLifetime
{
    public TestDatabase Raw { get; } = new();

    public EmptyTestDatabase ArchiveDatabase { get; } = new();

    public TestClickHouse ClickHouse { get; } = new();

    public ArchiveDatabase Archive { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Raw.InitializeAsync();
        await ArchiveDatabase.InitializeAsync();
        await ClickHouse.InitializeAsync();
        Archive = await Strata.Archive.ArchiveDatabase.ConnectAsync(ArchiveDatabase.ConnectionString, CancellationToken.None);
        await WarehouseSchema.EnsureAsync(ClickHouse.Engine, CancellationToken.None);
        await SeedAsync();
    }

    /// <summary>The first quarter of 2024: every day has sales except 10 February, when the source had none either.</summary>
    public static readonly ArchiveMonth[] Quarter = [new(2024, 1), new(2024, 2), new(2024, 3)];

    public static readonly DateOnly QuietDay = new(2024, 2, 10);

    private async Task SeedAsync()
    {
        await ClickHouseAsync("INSERT INTO dim_product (product_id, name, category, supplier, price, updated_at, loaded_at) VALUES " +
            "('P1', 'Rake', 'Garden', 'Acme', 12.50, now64(6), now64(6)), ('P2', 'Kite', 'Toys', NULL, 8.00, now64(6), now64(6)), " +
            "('P3', 'Atlas', 'Books', 'Globe', 30.00, now64(6), now64(6)), ('P4', 'Pan', 'Kitchen', 'Acme', 21.99, now64(6), now64(6))");
        await ClickHouseAsync(
            "INSERT INTO dim_customer (customer_id, age, age_band, gender, city, region, country, registration_date, updated_at, loaded_at) VALUES " +
            string.Join(", ", Enumerable.Range(1, 10).Select(c =>
                $"({c}, {20 + c * 4}, 'x', '{(c % 2 == 0 ? "F" : "M")}', 'City{c % 3}', 'Region{c % 2}', 'Germany', '2023-0{1 + c % 9}-15', "
                + "now64(6), now64(6))")));
        var random = new Random(2024);
        long id = 1;
        var sales = new List<(long, DateTime, string, int, int, decimal)>();
        decimal[] prices = [12.50m, 8.00m, 30.00m, 21.99m];
        foreach (var month in Quarter)
        {
            foreach (var day in month.EachDay.Where(d => d != QuietDay))
            {
                for (var i = 0; i < 1 + day.Day % 4; i++)
                {
                    var product = random.Next(4);
                    var at = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(random.Next(86_400)).AddTicks(random.Next(1_000_000) * 10);
                    sales.Add((id++, at, $"P{product + 1}", random.Next(1, 11), random.Next(1, 4), prices[product]));
                }
            }
        }
        await InsertSalesAsync(sales);
    }

    public async Task DisposeAsync()
    {
        await Archive.DisposeAsync();
        await ClickHouse.DisposeAsync();
        await ArchiveDatabase.DisposeAsync();
        await Raw.DisposeAsync();
    }

    public MonthlyRunner Runner() => new(ClickHouse.Engine, ArchiveDatabase.ConnectionString, Raw.Database, NullLoggerFactory.Instance);

    public Task<MonthlySummary> RunAsync(Checkpoints? checkpoints, params ArchiveMonth[] months) =>
        Runner().RunAsync(months, new RunOptions { Checkpoints = checkpoints ?? Checkpoints.None }, CancellationToken.None);

    /// <summary>How ClickHouse reaches the archive database: postgresql() arguments as query parameters.</summary>
    public ClickHouseParameters ArchiveTarget() => PostgresSource.Parameters(ArchiveDatabase.ConnectionString);

    public Task ClickHouseAsync(string sql) => ClickHouse.Engine.ExecuteAsync(sql, null, CancellationToken.None);

    public async Task InsertSalesAsync(IEnumerable<(long Id, DateTime At, string Product, int Customer, int Quantity, decimal Price)> sales)
    {
        var values = sales.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"({s.Id}, '{s.At:yyyy-MM-dd HH:mm:ss.ffffff}', '{s.Product}', {s.Customer}, {s.Quantity}, {s.Price}, {s.Quantity * s.Price}, "
            + $"now64(6), now64(6))"));
        await ClickHouseAsync("INSERT INTO fact_sales (sale_id, sale_date, product_id, customer_id, quantity, price, revenue, updated_at, loaded_at) VALUES "
            + string.Join(", ", values));
    }

    /// <summary>One month of fact_sales in ClickHouse, ordered by sale_id, as .NET values.</summary>
    public Task<List<object?[]>> ClickHouseMonthAsync(ArchiveMonth month) => ClickHouse.RowsAsync(
        "SELECT sale_id, sale_date, product_id, customer_id, quantity, price, revenue FROM fact_sales " +
        $"WHERE sale_date >= '{month.Start:yyyy-MM-dd}' AND sale_date < '{month.End:yyyy-MM-dd}' ORDER BY sale_id");

    /// <summary>The same month as the archive holds it.</summary>
    public Task<List<object?[]>> ArchivedMonthAsync(ArchiveMonth month) => ArchiveRowsAsync(
        "SELECT sale_id, sale_date, product_id, customer_id, quantity, price, revenue FROM historical_sales " +
        $"WHERE sale_date >= {month.StartLiteral} AND sale_date < {month.EndLiteral} ORDER BY sale_id");

    public async Task<List<object?[]>> ArchiveRowsAsync(string sql)
    {
        await using var command = Archive.Database.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }
}
