namespace Strata.Sources;

/// <summary>
/// One input row on its way to a staging table: where it came from, its raw text, its typed values in the
/// staging layout's column order, and the reason it must be quarantined (null when it is clean).
/// </summary>
public sealed record StagedRow(int LineNumber, string RawRecord, string? RejectReason, object?[] Values);
