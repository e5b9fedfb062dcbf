namespace Strata.Archive;

/// <summary>One column of an archive table: its name, its SQL type (the same spelling in PostgreSQL and Greenplum) and nullability.</summary>
public sealed record ArchiveColumn(string Name, string SqlType, bool Required);
