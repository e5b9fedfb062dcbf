using System.Globalization;
using NpgsqlTypes;
using Strata.Archive;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Archive.Analytics;

/// <summary>
/// An archive database holding <see cref="SalesHistory"/>: the schema and month partitions made by the archive
/// tier's own code, the rows written straight into historical_* (the reports must be right whatever loaded them),
/// then the monthly summaries rebuilt by the archive tier's own code, as the monthly run's summaries step does.
/// </summary>
public sealed class ArchivedHistory : IAsyncLifetime
{
    private readonly EmptyTestDatabase db = new();

    public SalesHistory History { get; } = new();

    public ArchiveDatabase Archive { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await db.InitializeAsync();
        Archive = await ArchiveDatabase.ConnectAsync(db.ConnectionString, CancellationToken.None);
        var months = ArchiveMonth.Range(new(2022, 1), new(2024, 3));
        await new ArchiveSchema(Archive).EnsureAsync(months[0], months[^1], CancellationToken.None);
        foreach (var month in months)
        {
            await new ArchivePartitions(Archive).EnsureAsync(month, CancellationToken.None);
        }
        await CopySalesAsync();
        foreach (var r in History.Returns)
        {
            await ExecuteAsync("INSERT INTO historical_returns (return_id, return_date, product_id, customer_id, quantity, price, cancelled_invoice, "
                + $"returned_revenue, archived_at) VALUES ({r.SaleId}, {Instant(r.SaleDate)}, '{r.ProductId}', {r.CustomerId}, {r.Quantity}, "
                + $"{Text(r.Price)}, {r.SaleId}, {Text(r.Revenue)}, now())");
        }
        foreach (var p in History.Products)
        {
            await ExecuteAsync($"INSERT INTO historical_products VALUES ('{p.ProductId}', '{p.Name}', '{p.Category}', NULL, {Text(p.Price)}, "
                + $"{Instant(p.From)}, {Instant(p.To)}, {Current(p.To)})");
        }
        foreach (var c in History.Customers)
        {
            await ExecuteAsync($"INSERT INTO historical_customers VALUES ({c.CustomerId}, {c.Age}, '{c.Gender}', '{c.City}', '{c.Region}', '{c.Country}', "
                + $"'2020-01-01', {Instant(c.From)}, {Instant(c.To)}, {Current(c.To)})");
        }
        foreach (var month in months)
        {
            await new ArchiveSummaries(Archive).RebuildMonthAsync(month, CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await Archive.DisposeAsync();
        await db.DisposeAsync();
    }

    private async Task CopySalesAsync()
    {
        await using var connection = await Archive.OpenAsync(CancellationToken.None);
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY historical_sales (sale_id, sale_date, product_id, customer_id, quantity, price, revenue, archived_at) FROM STDIN (FORMAT BINARY)");
        foreach (var sale in History.Sales)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(sale.SaleId, NpgsqlDbType.Bigint);
            await copy.WriteAsync(sale.SaleDate, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(sale.ProductId, NpgsqlDbType.Text);
            await copy.WriteAsync(sale.CustomerId, NpgsqlDbType.Integer);
            await copy.WriteAsync(sale.Quantity, NpgsqlDbType.Integer);
            await copy.WriteAsync(sale.Price, NpgsqlDbType.Numeric);
            await copy.WriteAsync(sale.Revenue, NpgsqlDbType.Numeric);
            await copy.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
        }
        await copy.CompleteAsync();
    }

    private Task<int> ExecuteAsync(string sql) => Archive.Database.ExecuteAsync(sql, CancellationToken.None);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Instant(DateTime value) =>
        value == SalesHistory.MinusInfinity ? "'-infinity'" : value == SalesHistory.Infinity ? "'infinity'" : $"'{value:yyyy-MM-dd HH:mm:ss}+00'";

    private static string Current(DateTime to) => to == SalesHistory.Infinity ? "true" : "false";
}
