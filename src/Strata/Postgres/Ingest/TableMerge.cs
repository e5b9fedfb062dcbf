using System.Diagnostics;
using Strata.Contracts;

namespace Strata.Postgres.Ingest;

/// <summary>
/// Runs a table's merge (sql/postgres/ingest/TABLE/merge.sql) over the staged file, reads the counts it
/// returns and records them in load_ledger, inside the file's transaction.
/// </summary>
internal static class TableMerge
{
    public static async Task<TableCounts> MergeAsync(IngestSession session, TableContract table, string sourceFile, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        TableCounts counts;
        await using (var command = IngestSql.Command(session.Connection, $"postgres/ingest/{table.Name}/merge.sql", sourceFile))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            counts = new TableCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }
        IngestLog.Merged(session.Logger, sourceFile, table.Name, clock.ElapsedMilliseconds);
        await IngestSql.ExecuteAsync(session.Connection, "postgres/ingest/record_ledger.sql", cancellationToken,
            session.RunId, table.Name, sourceFile, counts.Read, counts.Loaded, counts.Duplicates, counts.Quarantined);
        return counts;
    }
}
