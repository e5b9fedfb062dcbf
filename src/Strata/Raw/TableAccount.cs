namespace Strata.Raw;

/// <summary>
/// Where every row read for one target table went: loaded, dropped as an older duplicate of its key, or
/// quarantined with a reason. Read always equals the sum of the other three (the load ledger enforces it).
/// </summary>
public sealed record TableAccount(string Table, string Source, long Read, long Loaded, long Duplicates, long Quarantined);
