using Microsoft.Extensions.Logging.Abstractions;
using Strata.ClickHouse;
using Strata.Pipeline.History;
using Strata.Warehouse.Daily;
using Strata.Tests.Infrastructure;
using Strata.Warehouse;

namespace Strata.Tests.Warehouse.Daily;

/// <summary>
/// The two real stores a daily test runs against: this class's PostgreSQL database and ClickHouse database,
/// reset to the seed data before every test so each test starts from the same state.
/// </summary>
public sealed class DailyStores(TestDatabase postgres, TestClickHouse clickHouse)
{
    /// <summary>Columns that record which run wrote a row (and when); every other column must be identical after any re-run.</summary>
    private static readonly string[] AuditColumns = ["loaded_at", "run_id", "quarantined_at"];

    /// <summary>What the runs record about themselves (one row per run, or per change of dimensions), not data.</summary>
    private static readonly string[] RunBookkeeping = ["etl_runs", "aggregates_dimensions"];

    public TestDatabase Postgres => postgres;

    public TestClickHouse ClickHouse => clickHouse;

    public async Task ResetAsync()
    {
        await DropClickHouseTablesAsync();
        await postgres.Database.ExecuteAsync(
            "TRUNCATE sales_data, product_data, customer_data, load_ledger, quarantine, strata_meta.runs CASCADE; " + SalesSeed.Sql, CancellationToken.None);
    }

    public async Task DropClickHouseTablesAsync()
    {
        var tables = await clickHouse.RowsAsync("SELECT name FROM system.tables WHERE database = currentDatabase()");
        foreach (var table in tables.Select(row => (string)row[0]!))
        {
            await clickHouse.Engine.ExecuteAsync($"DROP TABLE {ClickHouseIdentifier.Quote(table)} SYNC", null, CancellationToken.None);
        }
    }

    /// <summary>A daily run with the run history recorded, as the CLI runs it.</summary>
    public Task<DailySummary> RunAsync(DailyRange range, DailyOptions? options = null) =>
        new DailyRunner(clickHouse.Engine, postgres.Database, NullLoggerFactory.Instance)
            .RunAsync(range, (options ?? new DailyOptions()) with { Observer = new RunHistory(postgres.Database) }, CancellationToken.None);

    /// <summary>
    /// Every warehouse table's row count and an order-independent hash of its rows (audit columns left out). A bitmap
    /// state is hashed by the ids it holds: the same set can be serialised differently depending on how it was merged.
    /// </summary>
    public async Task<Dictionary<string, string>> FingerprintAsync()
    {
        var fingerprint = new Dictionary<string, string>();
        foreach (var table in WarehouseSchema.Tables.Except(RunBookkeeping))
        {
            var columns = await clickHouse.RowsAsync(
                "SELECT name, type FROM system.columns WHERE database = currentDatabase() AND table = {table:String} ORDER BY position",
                new ClickHouseParameters { ["table"] = table });
            var hashed = string.Join(", ", columns
                .Where(row => !AuditColumns.Contains((string)row[0]!))
                .Select(row => ((string)row[1]!).StartsWith("AggregateFunction(groupBitmap", StringComparison.Ordinal)
                    ? $"arraySort(bitmapToArray({ClickHouseIdentifier.Quote((string)row[0]!)}))"
                    : ClickHouseIdentifier.Quote((string)row[0]!)));
            var row = await clickHouse.RowsAsync($"SELECT count(), sum(cityHash64({hashed})) FROM {ClickHouseIdentifier.Quote(table)}");
            fingerprint[table] = $"{row[0][0]} rows, hash {row[0][1]}";
        }
        return fingerprint;
    }

    public async Task<T> ClickHouseScalarAsync<T>(string sql, ClickHouseParameters? parameters = null) =>
        (T)(await clickHouse.RowsAsync(sql, parameters))[0][0]!;

    /// <summary>Rows of a PostgreSQL query as lists (NULL as null), for assertions.</summary>
    public async Task<List<object?[]>> PostgresRowsAsync(string sql)
    {
        await using var command = postgres.Database.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add([.. row.Select(value => value is DBNull ? null : value)]);
        }
        return rows;
    }
}
