using System.Diagnostics;
using Strata.Configuration;
using Strata.Contracts;
using Strata.Postgres;

namespace Strata.Raw.Ingest;

/// <summary>
/// Merges one staged file into one business table, set-based, inside the file's transaction: prepare the
/// transaction and the planner (prepare_merge.sql), find the keys the file repeats unless they came in ascending
/// order (TABLE/repeated_keys.sql), classify the valid rows against each other and the stored table
/// (sql/raw/ingest/TABLE/classify.sql), quarantine what cleaning or classification refused, update the changed
/// rows (TABLE/update.sql), insert the new ones (TABLE/insert.sql, through <see cref="FirstLoad"/>), count the
/// outcomes and record them in load_ledger.
/// </summary>
internal static class TableMerge
{
    public static async Task<TableCounts> MergeAsync(
        IngestSession session, TableContract table, string sourceFile, bool keysAscend, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await session.ExecuteAsync("raw/ingest/prepare_merge.sql", cancellationToken);
        if (!keysAscend)
        {
            // Keys that ascend cannot repeat; any other order may, so the repeated ones are found first.
            await session.ExecuteAsync($"raw/ingest/{table.Name}/repeated_keys.sql", cancellationToken);
        }
        await session.ExecuteAsync($"raw/ingest/{table.Name}/classify.sql", cancellationToken);
        await session.ExecuteAsync("raw/ingest/quarantine_rejected.sql", cancellationToken, ("source_file", sourceFile), ("target_table", table.Name));
        var updated = await session.ExecuteAsync($"raw/ingest/{table.Name}/update.sql", cancellationToken, ("source_file", sourceFile));
        var inserted = await FirstLoad.InsertAsync(session, table, sourceFile, cancellationToken);
        var counts = (await session.ReadAsync("raw/ingest/count_outcomes.sql", reader => new TableCounts(
            reader.Column<long>("read_rows"), reader.Column<long>("loaded_rows"),
            reader.Column<long>("duplicate_rows"), reader.Column<long>("quarantined_rows")),
            cancellationToken, ("loaded_rows", (long)(updated + inserted)))).Single();
        IngestLog.Merged(session.Logger, sourceFile, table.Name, clock.ElapsedMilliseconds);
        await LoadLedger.RecordAsync(session.Connection, session.RunId, Tier.Raw, IngestPipeline, [counts.Account(table.Name, sourceFile)], cancellationToken);
        return counts;
    }

    /// <summary>The ingest's name in the ledger's step column.</summary>
    private const string IngestPipeline = "ingest";
}
