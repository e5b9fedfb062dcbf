using System.Diagnostics;
using Strata.ClickHouse;
using Strata.Diagnostics;
using Strata.Querying;
using Strata.Sql;
using Strata.Warehouse;

namespace Strata.Backups;

/// <summary>
/// The warehouse (ClickHouse) in a backup: ClickHouse's native BACKUP of the model tables into <c>clickhouse/</c>. The
/// embedded store belongs to one process, so no load writes while this one backs it up: the figures read just before
/// the BACKUP describe the same data. A scratch database in the same engine stands in for a scratch store when verifying
/// (libchdb serves one data directory per process).
/// </summary>
internal sealed class WarehouseTierBackup(IClickHouseEngine engine)
{
    private static string FolderIn(string backup) => Path.Combine(backup, "clickhouse");

    public async Task<TierBackup> CreateAsync(string backup, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var database = await CurrentDatabaseAsync(cancellationToken);
        var tables = await ModelTablesAsync(cancellationToken);
        var figures = await FiguresAsync(database, tables, cancellationToken);
        var list = string.Join(", ", tables.Select(table => $"TABLE {ClickHouseIdentifier.Quote(database)}.{ClickHouseIdentifier.Quote(table)}"));
        await RunAsync("backup.sql", new Dictionary<string, string> { ["tables"] = list, ["path"] = Literal(FolderIn(backup)) },
            "backup of the clickhouse tier", cancellationToken);
        var bytes = new DirectoryInfo(FolderIn(backup)).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length);
        return new TierBackup(BackupTier.ClickHouse.Name(), figures, bytes, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Restores the backup into a scratch database and reads its figures there; the scratch database is dropped.</summary>
    public async Task<IReadOnlyList<TableFigures>> RestoredFiguresAsync(string backup, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        var database = await CurrentDatabaseAsync(cancellationToken);
        var scratch = $"{database}_verify_{Guid.NewGuid():N}"[..(database.Length + 16)];
        await engine.ExecuteAsync($"CREATE DATABASE {ClickHouseIdentifier.Quote(scratch)}", null, cancellationToken);
        try
        {
            await RestoreIntoAsync(backup, database, scratch, $"verify of the clickhouse tier (restore into {scratch})", cancellationToken);
            return await FiguresAsync(scratch, tables, cancellationToken);
        }
        finally
        {
            await engine.ExecuteAsync($"DROP DATABASE IF EXISTS {ClickHouseIdentifier.Quote(scratch)} SYNC", null, CancellationToken.None);
        }
    }

    /// <summary>Puts the backup's tables back in place of the warehouse's: each is dropped, then all are restored.</summary>
    public async Task RestoreAsync(string backup, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(FolderIn(backup)))
        {
            throw new StrataException($"restore of the clickhouse tier: {FolderIn(backup)} is missing; this backup does not hold the tier.");
        }
        var database = await CurrentDatabaseAsync(cancellationToken);
        foreach (var table in WarehouseSchema.Tables)
        {
            await engine.ExecuteAsync($"DROP TABLE IF EXISTS {ClickHouseIdentifier.Quote(table)} SYNC", null, cancellationToken);
        }
        await RestoreIntoAsync(backup, database, database, "restore of the clickhouse tier", cancellationToken);
        // A backup from before a schema upgrade comes back with the old types; bring it to the current ones.
        await WarehouseSchema.EnsureAsync(engine, cancellationToken);
    }

    private Task RestoreIntoAsync(string backup, string source, string target, string step, CancellationToken cancellationToken) =>
        RunAsync("restore.sql", new Dictionary<string, string>
        {
            ["source"] = ClickHouseIdentifier.Quote(source),
            ["target"] = ClickHouseIdentifier.Quote(target),
            ["path"] = Literal(FolderIn(backup)),
        }, step, cancellationToken);

    private async Task<List<string>> ModelTablesAsync(CancellationToken cancellationToken)
    {
        await using var result = await engine.QueryAsync(SqlCatalog.Read("backup/clickhouse/tables.sql"),
            new ClickHouseParameters { ["tables"] = WarehouseSchema.Tables.ToArray() }, cancellationToken);
        return await result.ReadAllAsync(row => row.Text("name"), cancellationToken);
    }

    /// <summary>Figures per partition: "fact_sales/202401" for a month of a partitioned table, the table's name for the others.</summary>
    private async Task<List<TableFigures>> FiguresAsync(string database, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        var figures = new List<TableFigures>();
        foreach (var table in tables)
        {
            await using var result = await engine.QueryAsync(SqlCatalog.Read("backup/clickhouse/table_figures.sql"),
                new ClickHouseParameters { ["database"] = database, ["table"] = table }, cancellationToken);
            var partitions = await result.ReadAllAsync(row => new TableFigures(
                row.Text("partition") == "all" ? table : $"{table}/{row.Text("partition")}", row.Number("rows"), row.Text("checksum")), cancellationToken);
            figures.AddRange(partitions.Count == 0 ? [new TableFigures(table, 0, "0")] : partitions);
        }
        return figures;
    }

    /// <summary>The table names a backup's figures cover (partition suffixes removed), to read the same tables after a restore.</summary>
    public static IEnumerable<string> TablesOf(TierBackup backup) => backup.Tables.Select(figures => figures.Name.Split('/')[0]).Distinct();

    private Task<string> CurrentDatabaseAsync(CancellationToken cancellationToken) => TextAsync("SELECT currentDatabase() AS text", cancellationToken);

    /// <summary>The engine's version, for the manifest.</summary>
    public Task<string> VersionAsync(CancellationToken cancellationToken) => TextAsync("SELECT version() AS text", cancellationToken);

    private async Task<string> TextAsync(string sql, CancellationToken cancellationToken)
    {
        await using var result = await engine.QueryAsync(sql, null, cancellationToken);
        return (await result.ReadAllAsync(row => row.Text("text"), cancellationToken)).Single();
    }

    private async Task RunAsync(string file, IReadOnlyDictionary<string, string> values, string step, CancellationToken cancellationToken)
    {
        try
        {
            await engine.ExecuteAsync(SqlTemplate.Render(SqlCatalog.Read($"backup/clickhouse/{file}"), values), null, cancellationToken);
        }
        catch (ClickHouseException failed)
        {
            throw new StrataException($"{step}: {failed.Message}");
        }
    }

    /// <summary>A ClickHouse string literal (BACKUP and RESTORE take the folder as one, not as a query parameter).</summary>
    private static string Literal(string text) =>
        "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
