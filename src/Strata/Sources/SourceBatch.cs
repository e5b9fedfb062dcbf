using Strata.Contracts;

namespace Strata.Sources;

/// <summary>
/// Rows of one table that load together, atomically. <paramref name="Name"/> is where they came from, as source_file,
/// quarantine and load_ledger record it: the same batch fetched again must carry the same name, so loading it again
/// changes nothing. <paramref name="Cursor"/>, when given, is saved in the batch's transaction.
/// </summary>
public sealed record SourceBatch(TableContract Table, string Name, IAsyncEnumerable<SourceRecord> Records, SourceCursor? Cursor);

/// <summary>Where a source continues after a batch, under the source's own key.</summary>
public sealed record SourceCursor(string Key, string Value);

/// <summary>
/// One input row as the source gave it: its position in the batch (from 1; quarantine's line_number), its raw text (kept
/// for quarantine), its values as text by contract column name (a missing or null value is absent), and what was wrong
/// when the source could not even read it as a row (the row is then quarantined with that reason).
/// </summary>
public sealed record SourceRecord(int Position, string RawRecord, IReadOnlyDictionary<string, string?> Fields, string? Malformation);
