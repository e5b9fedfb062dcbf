namespace Strata.Sources.Csv;

/// <summary>
/// One CSV record as it stood in the file: the physical line it starts on (the header is line 1), its fields,
/// its raw text (kept for quarantine) and, when the CSV itself was broken there, what was wrong.
/// </summary>
public sealed record CsvRecord(int LineNumber, string[] Fields, string RawRecord, string? Malformation);
