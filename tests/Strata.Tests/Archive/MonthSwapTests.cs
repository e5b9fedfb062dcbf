using Npgsql;
using Strata.Archive;
using Strata.Pipeline;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Archive;

/// <summary>The archive's schema, partitions and atomic month swap on a real PostgreSQL (no ClickHouse involved).</summary>
public sealed class MonthSwapTests(EmptyTestDatabase db) : IClassFixture<EmptyTestDatabase>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Tables_are_created_once_with_the_contract_columns()
    {
        await using var archive = await ArchiveDatabase.ConnectAsync(db.ConnectionString, None);
        var schema = new ArchiveSchema(archive);
        await schema.EnsureAsync(new(2024, 1), new(2024, 1), None);

        Assert.False(await schema.EnsureAsync(new(2024, 1), new(2024, 1), None));
        Assert.True(await ScalarAsync<bool>(archive.Statements.UtcDefaultIsSet()));
        Assert.Equal(
            ArchiveTables.Sales.Select(c => (c.Name, c.SqlType, !c.Required)),
            await ColumnsAsync("historical_sales"));
        Assert.Equal(
            ArchiveTables.Customers.Select(c => (c.Name, c.SqlType, !c.Required)),
            await ColumnsAsync("historical_customers"));
    }

    [Fact]
    public async Task Swap_replaces_the_month_whole_and_leaves_other_months_alone()
    {
        await using var archive = await ArchiveDatabase.ConnectAsync(db.ConnectionString, None);
        await new ArchiveSchema(archive).EnsureAsync(new(2023, 1), new(2023, 1), None);
        var january = new ArchiveMonth(2023, 1);
        var february = new ArchiveMonth(2023, 2);
        await ArchiveAsync(archive, february, Checkpoints.None, (100, "2023-02-28 23:59:59.999999+00"));
        await ArchiveAsync(archive, january, Checkpoints.None, (1, "2023-01-01 00:00:00+00"), (2, "2023-01-15 12:00:00+00"));

        await ArchiveAsync(archive, january, Checkpoints.None, (3, "2023-01-31 23:00:00+00"));

        Assert.Equal([3L, 100L], await SaleIdsAsync("2023-01-01", "2023-03-01"));
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'historical_sales_stage_%'"));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT sale_rows FROM archive_months WHERE month = '2023-01-01'"));
    }

    [Fact]
    public async Task A_crash_inside_the_swap_transaction_keeps_the_previous_copy()
    {
        await using var archive = await ArchiveDatabase.ConnectAsync(db.ConnectionString, None);
        await new ArchiveSchema(archive).EnsureAsync(new(2022, 6), new(2022, 6), None);
        var june = new ArchiveMonth(2022, 6);
        await ArchiveAsync(archive, june, Checkpoints.None, (10, "2022-06-10 10:00:00+00"));

        await Assert.ThrowsAsync<InjectedCrashException>(() =>
            ArchiveAsync(archive, june, Checkpoints.CrashAt(FaultPoints.SwapBeforeCommit), (11, "2022-06-11 10:00:00+00")));

        Assert.Equal([10L], await SaleIdsAsync("2022-06-01", "2022-07-01"));
        await ArchiveAsync(archive, june, Checkpoints.None, (12, "2022-06-12 10:00:00+00"));
        Assert.Equal([12L], await SaleIdsAsync("2022-06-01", "2022-07-01"));
    }

    [Fact]
    public async Task The_staging_table_refuses_a_row_of_another_month()
    {
        await using var archive = await ArchiveDatabase.ConnectAsync(db.ConnectionString, None);
        await new ArchiveSchema(archive).EnsureAsync(new(2021, 3), new(2021, 3), None);

        await Assert.ThrowsAsync<PostgresException>(() =>
            ArchiveAsync(archive, new ArchiveMonth(2021, 3), Checkpoints.None, (7, "2021-04-01 00:00:00+00")));
    }

    /// <summary>What the monthly run does around ClickHouse's push: partition, fresh staging, rows in, swap.</summary>
    private static async Task ArchiveAsync(ArchiveDatabase archive, ArchiveMonth month, Checkpoints faults, params (long Id, string At)[] sales)
    {
        await new ArchivePartitions(archive).EnsureAsync(month, None);
        var staging = new StagingTable(archive, month);
        await staging.RecreateAsync(None);
        foreach (var (id, at) in sales)
        {
            await archive.Database.ExecuteAsync(
                $"INSERT INTO {staging.Name} VALUES ({id}, '{at}', 'P1', 1, 2, 5.00, 10.00, now())", None);
        }
        await new MonthSwap(archive, faults).SwapAsync(new ArchivedMonth(month, sales.Length, 10m * sales.Length, DateTime.UtcNow, Guid.NewGuid()), None);
    }

    private async Task<List<long>> SaleIdsAsync(string from, string to)
    {
        await using var command = db.Database.DataSource.CreateCommand(
            $"SELECT sale_id FROM historical_sales WHERE sale_date >= '{from}' AND sale_date < '{to}' ORDER BY sale_id");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    private async Task<List<(string, string, bool)>> ColumnsAsync(string table)
    {
        await using var command = db.Database.DataSource.CreateCommand(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull FROM pg_attribute a " +
            $"WHERE a.attrelid = '{table}'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum");
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<(string, string, bool)>();
        while (await reader.ReadAsync())
        {
            columns.Add((reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        }
        return columns;
    }

    private Task<T?> ScalarAsync<T>(string sql) => db.Database.ScalarAsync<T>(sql, None);
}
