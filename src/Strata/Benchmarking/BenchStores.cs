using Npgsql;
using Strata.Archive;
using Strata.ClickHouse;
using Strata.Diagnostics;
using Strata.Postgres;
using Strata.Querying;
using Strata.Raw;
using Strata.Sql;

namespace Strata.Benchmarking;

/// <summary>
/// The configured stores the benchmark's stages load from scratch: the raw tier (ingest), the ClickHouse database
/// (daily load) and the archive (monthly archive). It never mixes its generated sales with data it did not write,
/// nor wipes such data unasked: each store a selected stage loads from scratch must be empty, or the caller passes
/// --reset to empty it first (the raw tables truncated, every ClickHouse table dropped, the archive's tables dropped).
/// Stores no selected stage loads from scratch are left as they are: later stages measure over what they hold.
/// </summary>
internal sealed class BenchStores(BenchRun run)
{
    public async Task PrepareAsync(IReadOnlyList<string> stages, bool reset, CancellationToken cancellationToken)
    {
        await new Migrator(run.Raw).MigrateAsync(cancellationToken);
        var holding = new List<string>();
        if (stages.Contains(BenchStages.Ingest))
        {
            holding.AddRange(await PrepareRawAsync(reset, cancellationToken));
        }
        if (stages.Contains(BenchStages.DailyLoad))
        {
            holding.AddRange(await PrepareWarehouseAsync(reset, cancellationToken));
        }
        if (stages.Contains(BenchStages.MonthlyArchive))
        {
            holding.AddRange(await PrepareArchiveAsync(reset, cancellationToken));
        }
        if (holding.Count > 0)
        {
            throw new StrataException(
                $"strata bench loads generated sales into the configured stores, but {string.Join(" and ", holding)}. "
                + "Point STRATA_POSTGRES, STRATA_CLICKHOUSE and STRATA_GREENPLUM at empty stores, or add --reset to delete their contents first.");
        }
    }

    private async Task<List<string>> PrepareRawAsync(bool reset, CancellationToken cancellationToken)
    {
        if (reset)
        {
            await run.Raw.ExecuteAsync(SqlCatalog.Read("raw/bench/empty_raw_tier.sql"), cancellationToken);
            BenchLog.Emptied(run.Logger, "the raw tier", "truncated its tables");
            return [];
        }
        var tables = await run.Raw.ReadAsync(
            SqlCatalog.Read("raw/bench/non_empty_tables.sql"), reader => reader.Column<string>("table_name"), cancellationToken);
        return tables.Count == 0 ? [] : [$"PostgreSQL database {Database(run.Settings.Raw)} holds rows in {string.Join(", ", tables)}"];
    }

    private async Task<List<string>> PrepareWarehouseAsync(bool reset, CancellationToken cancellationToken)
    {
        if (reset)
        {
            foreach (var table in await ClickHouseNamesAsync("warehouse/bench/tables.sql", cancellationToken))
            {
                await run.Warehouse.ExecuteAsync(
                    SqlCatalog.Read("warehouse/bench/drop_table.sql"), new ClickHouseParameters { ["table"] = table }, cancellationToken);
            }
            BenchLog.Emptied(run.Logger, $"ClickHouse {run.Warehouse.Description}", "dropped every table");
            return [];
        }
        var tables = await ClickHouseNamesAsync("warehouse/bench/non_empty_tables.sql", cancellationToken);
        return tables.Count == 0 ? [] : [$"ClickHouse {run.Warehouse.Description} holds rows in {string.Join(", ", tables)}"];
    }

    private async Task<List<string>> PrepareArchiveAsync(bool reset, CancellationToken cancellationToken)
    {
        await using var archive = await ArchiveDatabase.ConnectAsync(run.Settings.Archive, cancellationToken);
        if (reset)
        {
            await archive.Database.ExecuteAsync(SqlCatalog.Read("archive/bench/empty_archive.sql"), cancellationToken);
            BenchLog.Emptied(run.Logger, $"the archive ({Database(run.Settings.Archive)})", "dropped its tables");
            return [];
        }
        var tables = await archive.Database.ReadAsync(
            SqlCatalog.Read("archive/bench/non_empty_tables.sql"), reader => reader.Column<string>("table_name"), cancellationToken);
        return tables.Count == 0 ? [] : [$"the archive database {Database(run.Settings.Archive)} holds rows in {string.Join(", ", tables)}"];
    }

    private async Task<List<string>> ClickHouseNamesAsync(string sqlFile, CancellationToken cancellationToken)
    {
        await using var result = await run.Warehouse.QueryAsync(SqlCatalog.Read(sqlFile), null, cancellationToken);
        return await result.ReadAllAsync(row => row.Text("name"), cancellationToken);
    }

    private static string Database(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database ?? "";
}
