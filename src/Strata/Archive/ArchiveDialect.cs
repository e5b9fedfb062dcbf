namespace Strata.Archive;

/// <summary>
/// The SQL dialects the archive tier speaks. Each has its own folder of DDL under sql/archive/&lt;folder&gt;/;
/// statements that read the same everywhere live once under sql/archive/common/.
/// </summary>
public enum ArchiveDialect
{
    /// <summary>Plain PostgreSQL (10+): declarative monthly partitions, DETACH/ATTACH swap.</summary>
    PostgreSql,

    /// <summary>Greenplum 6 (PostgreSQL 9.4 based): classic START/END/EVERY partitions, EXCHANGE PARTITION swap.</summary>
    Greenplum6,

    /// <summary>Greenplum 7 and Apache Cloudberry (PostgreSQL 12/14 based): access methods, partitions as tables.</summary>
    Greenplum7,
}

public static class ArchiveDialects
{
    public static readonly IReadOnlyList<ArchiveDialect> All = Enum.GetValues<ArchiveDialect>();

    /// <summary>The folder under sql/archive/ holding the dialect's own statements.</summary>
    public static string Folder(this ArchiveDialect dialect) => dialect switch
    {
        ArchiveDialect.PostgreSql => "postgresql",
        ArchiveDialect.Greenplum6 => "greenplum6",
        ArchiveDialect.Greenplum7 => "greenplum7",
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
