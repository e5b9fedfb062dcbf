using Microsoft.Extensions.Logging;
using Strata.Postgres;
using Strata.Sources;
using Strata.Sql;

namespace Strata.Raw.Ingest;

/// <summary>
/// Ingests a source's batches into the raw tier (<see cref="IRowSource"/>): each batch in one transaction, cleaned by the
/// contract, binary-COPied into staging and merged like a CSV file (quarantine, ledger row), its cursor saved with it.
/// A batch that fails rolls back whole and stops the ingest; the batches before it stay loaded, and the next ingest
/// resumes after them.
/// </summary>
public sealed class SourceIngestor(PostgresDatabase database, ILogger logger, TimeProvider clock)
{
    /// <summary>Ingests the source's batches; <paramref name="runId"/> marks their load_ledger rows (the pipeline run's id).</summary>
    public async Task<IngestReport> IngestAsync(IRowSource source, Guid runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var session = new IngestSession(connection, runId, clock.GetUtcNow().UtcDateTime, logger);
        var reports = new List<FileReport>();
        await foreach (var batch in source.ReadAsync(new StoredCursors(session), cancellationToken))
        {
            var counts = await LoadAsync(session, batch, cancellationToken);
            IngestLog.TableLoaded(logger, batch.Name, batch.Table.Name, counts.Read, counts.Loaded, counts.Duplicates, counts.Quarantined);
            reports.Add(FileReport.Loaded(batch.Name, new Dictionary<string, TableCounts> { [batch.Table.Name] = counts }));
        }
        return new IngestReport(reports);
    }

    private static async Task<TableCounts> LoadAsync(IngestSession session, SourceBatch batch, CancellationToken cancellationToken)
    {
        var cleaner = new SourceRowCleaner(batch.Table, session.NowUtc);
        var layout = StagingLayout.For(batch.Table);
        await using var transaction = await session.Connection.BeginTransactionAsync(cancellationToken);
        await session.ExecuteAsync(layout.CreateSql, cancellationToken);
        var staged = await StagingCopy.CopyAsync(session, layout, batch.Name, batch.Records.Select(cleaner.Clean), cancellationToken);
        var counts = await TableMerge.MergeAsync(session, batch.Table, batch.Name, staged.KeysAscend, cancellationToken);
        if (batch.Cursor is { } cursor)
        {
            await session.Connection.ExecuteAsync(SqlCatalog.Read("raw/sources/save_cursor.sql"), cancellationToken,
                ("source_key", cursor.Key), ("cursor", cursor.Value));
        }
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    /// <summary>The saved cursors, read on the ingest's connection between batches.</summary>
    private sealed class StoredCursors(IngestSession session) : ISourceCursors
    {
        public async Task<string?> ReadAsync(string key, CancellationToken cancellationToken) =>
            (await session.Connection.ReadAsync(SqlCatalog.Read("raw/sources/read_cursor.sql"), reader => reader.Column<string>("cursor"),
                cancellationToken, ("source_key", key))).SingleOrDefault();
    }
}
