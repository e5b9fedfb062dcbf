namespace Strata.Backups;

/// <summary>
/// One table (or one month partition of a partitioned table) as a backup holds it: how many rows, and an
/// order-independent checksum of their content (a sum of per-row hashes), so the same rows restored in any order,
/// on any page or part, give the same figures and one changed, lost or extra row does not.
/// </summary>
public sealed record TableFigures(string Name, long Rows, string Checksum);
