namespace Strata.Sources;

/// <summary>
/// The seam for a source other than files (an HTTP API, a queue, another database): one class that yields the rows of
/// the three table contracts (docs/ingest.md, "Adding a source"). It yields batches, customers before products before
/// sales (a sale's references load first); each batch loads in one transaction with the same cleaning, quarantine and
/// ledger as a CSV file. A batch may carry the cursor to save with it, so the source resumes after the last batch that
/// loaded, and reads its saved cursors through <see cref="ISourceCursors"/>.
/// </summary>
public interface IRowSource
{
    IAsyncEnumerable<SourceBatch> ReadAsync(ISourceCursors cursors, CancellationToken cancellationToken);
}

/// <summary>The cursors sources saved with their batches (table source_cursors in the raw tier).</summary>
public interface ISourceCursors
{
    /// <summary>The cursor saved last for <paramref name="key"/>, or null when no batch of it has loaded yet.</summary>
    Task<string?> ReadAsync(string key, CancellationToken cancellationToken);
}
