using Strata.Contracts;
using Strata.Postgres;

namespace Strata.Raw.Ingest;

/// <summary>
/// Inserts a classified file's new rows (TABLE/insert.sql). Into a table that already holds rows, as they are:
/// every index and foreign key is maintained row by row. The first load into an empty table instead drops the
/// table's secondary indexes and foreign keys (sql/raw/ingest/first_load/deferrable.sql), inserts, then builds
/// each index once and validates each foreign key with one query: the same table afterwards, for a fraction of
/// the work. All of it inside the file's transaction, so a failure anywhere leaves the table as it was; the table
/// is locked against readers until the commit (it has no rows to read yet).
/// </summary>
internal static class FirstLoad
{
    private const string Folder = "raw/ingest/first_load/";

    public static async Task<int> InsertAsync(IngestSession session, TableContract table, string sourceFile, CancellationToken cancellationToken)
    {
        var insert = $"raw/ingest/{table.Name}/insert.sql";
        var empty = (await session.ReadAsync(Folder + "table_is_empty.sql", reader => reader.Column<bool>("is_empty"), cancellationToken,
            ("table", table.Name))).Single();
        if (!empty)
        {
            return await session.ExecuteAsync(insert, cancellationToken, ("source_file", sourceFile));
        }
        var deferred = await session.ReadAsync(Folder + "deferrable.sql", reader => (
            Name: reader.Column<string>("name"), Drop: reader.Column<string>("drop_statement"), Create: reader.Column<string>("create_statement")),
            cancellationToken, ("table", table.Name));
        foreach (var (name, drop, _) in deferred)
        {
            await session.ExecuteCatalogStatementAsync($"drop {name}", drop, cancellationToken);
        }
        var inserted = await session.ExecuteAsync(insert, cancellationToken, ("source_file", sourceFile));
        await session.ExecuteAsync(Folder + "build_settings.sql", cancellationToken);
        foreach (var (name, _, create) in deferred)
        {
            await session.ExecuteCatalogStatementAsync($"create {name}", create, cancellationToken);
        }
        return inserted;
    }
}
