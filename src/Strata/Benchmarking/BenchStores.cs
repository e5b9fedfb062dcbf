using Npgsql;
using Strata.ClickHouse;
using Strata.Diagnostics;
using Strata.Postgres;
using Strata.Querying;
using Strata.Raw;
using Strata.Sql;

namespace Strata.Benchmarking;

/// <summary>
/// The configured raw tier and ClickHouse database the benchmark loads into. It never mixes its generated
/// sales with data it did not write, nor wipes such data unasked: both stores must be empty, or the caller
/// passes --reset to empty them first (the raw tables truncated, every ClickHouse table dropped).
/// </summary>
internal sealed class BenchStores(PostgresDatabase postgres, IClickHouseEngine clickHouse)
{
    public async Task PrepareAsync(bool reset, CancellationToken cancellationToken)
    {
        await new Migrator(postgres).MigrateAsync(cancellationToken);
        if (reset)
        {
            await EmptyAsync(cancellationToken);
            return;
        }
        var rawTables = await PostgresNamesAsync("raw/bench/non_empty_tables.sql", cancellationToken);
        var clickHouseTables = await ClickHouseNamesAsync("warehouse/bench/non_empty_tables.sql", cancellationToken);
        if (rawTables.Count + clickHouseTables.Count > 0)
        {
            var holding = new List<string>();
            if (rawTables.Count > 0)
            {
                holding.Add($"PostgreSQL database {new NpgsqlConnectionStringBuilder(postgres.ConnectionString).Database} "
                    + $"holds rows in {string.Join(", ", rawTables)}");
            }
            if (clickHouseTables.Count > 0)
            {
                holding.Add($"ClickHouse {clickHouse.Description} holds rows in {string.Join(", ", clickHouseTables)}");
            }
            throw new StrataException(
                $"strata bench loads generated sales into the configured stores, but {string.Join(" and ", holding)}. "
                + "Point STRATA_POSTGRES and STRATA_CLICKHOUSE at empty stores, or add --reset to delete their contents first.");
        }
    }

    private async Task EmptyAsync(CancellationToken cancellationToken)
    {
        await postgres.ExecuteAsync(SqlCatalog.Read("raw/bench/empty_raw_tier.sql"), cancellationToken);
        foreach (var table in await ClickHouseNamesAsync("warehouse/bench/tables.sql", cancellationToken))
        {
            await clickHouse.ExecuteAsync(SqlCatalog.Read("warehouse/bench/drop_table.sql"), new ClickHouseParameters { ["table"] = table }, cancellationToken);
        }
    }

    private Task<List<string>> PostgresNamesAsync(string sqlFile, CancellationToken cancellationToken) =>
        postgres.ReadAsync(SqlCatalog.Read(sqlFile), reader => reader.Column<string>("table_name"), cancellationToken);

    private async Task<List<string>> ClickHouseNamesAsync(string sqlFile, CancellationToken cancellationToken)
    {
        await using var result = await clickHouse.QueryAsync(SqlCatalog.Read(sqlFile), null, cancellationToken);
        return await result.ReadAllAsync(row => row.Text("name"), cancellationToken);
    }
}
