using System.Diagnostics;
using Strata.Configuration;
using Strata.Contracts;
using Strata.Postgres;
using Strata.Sql;

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
        await connection.ExecuteAsync(SqlCatalog.Read("raw/ingest/prepare_merge.sql"), cancellationToken);
        await connection.ExecuteAsync(SqlCatalog.Read($"raw/ingest/{table.Name}/classify.sql"), cancellationToken);
        await connection.ExecuteAsync(SqlCatalog.Read("raw/ingest/quarantine_rejected.sql"), cancellationToken,
            ("source_file", sourceFile), ("target_table", table.Name));
        var updated = await connection.ExecuteAsync(SqlCatalog.Read($"raw/ingest/{table.Name}/update.sql"), cancellationToken, ("source_file", sourceFile));
        var inserted = await connection.ExecuteAsync(SqlCatalog.Read($"raw/ingest/{table.Name}/insert.sql"), cancellationToken, ("source_file", sourceFile));
        var counts = (await connection.ReadAsync(SqlCatalog.Read("raw/ingest/count_outcomes.sql"), reader => new TableCounts(
            reader.Column<long>("read_rows"), reader.Column<long>("loaded_rows"),
            reader.Column<long>("duplicate_rows"), reader.Column<long>("quarantined_rows")),
            cancellationToken, ("loaded_rows", (long)(updated + inserted)))).Single();
        IngestLog.Merged(session.Logger, sourceFile, table.Name, clock.ElapsedMilliseconds);
        await LoadLedger.RecordAsync(connection, session.RunId, Tier.Raw, IngestPipeline, [counts.Account(table.Name, sourceFile)], cancellationToken);
        return counts;
    }

    /// <summary>The ingest's name in the ledger's step column.</summary>
    private const string IngestPipeline = "ingest";
}
