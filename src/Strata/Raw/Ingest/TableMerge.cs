using System.Diagnostics;
using Strata.Contracts;

namespace Strata.Raw.Ingest;

/// <summary>
/// Merges one staged file into one business table, set-based, inside the file's transaction: prepare the
/// transaction and the planner (prepare_merge.sql), classify the valid rows against each other and the
/// stored table (sql/raw/ingest/TABLE/classify.sql), quarantine what cleaning or classification
/// refused, update the changed rows (TABLE/update.sql), insert the new ones (TABLE/insert.sql), count the
/// outcomes and record them in load_ledger.
/// </summary>
internal static class TableMerge
{
    public static async Task<TableCounts> MergeAsync(IngestSession session, TableContract table, string sourceFile, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var connection = session.Connection;
        await IngestSql.ExecuteAsync(connection, "raw/ingest/prepare_merge.sql", cancellationToken);
        await IngestSql.ExecuteAsync(connection, $"raw/ingest/{table.Name}/classify.sql", cancellationToken);
        await IngestSql.ExecuteAsync(connection, "raw/ingest/quarantine_rejected.sql", cancellationToken, sourceFile, table.Name);
        var updated = await IngestSql.ExecuteAsync(connection, $"raw/ingest/{table.Name}/update.sql", cancellationToken, sourceFile);
        var inserted = await IngestSql.ExecuteAsync(connection, $"raw/ingest/{table.Name}/insert.sql", cancellationToken, sourceFile);
        var loaded = updated + inserted;
        var counts = await CountAsync(session, loaded, cancellationToken);
        IngestLog.Merged(session.Logger, sourceFile, table.Name, clock.ElapsedMilliseconds);
        await IngestSql.ExecuteAsync(connection, "raw/ingest/record_ledger.sql", cancellationToken,
            session.RunId, table.Name, sourceFile, counts.Read, counts.Loaded, counts.Duplicates, counts.Quarantined);
        return counts;
    }

    private static async Task<TableCounts> CountAsync(IngestSession session, long loaded, CancellationToken cancellationToken)
    {
        await using var command = IngestSql.Command(session.Connection, "raw/ingest/count_outcomes.sql", loaded);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new TableCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }
}
