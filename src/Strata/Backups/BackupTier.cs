namespace Strata.Backups;

/// <summary>
/// A tier a backup holds, by the name `strata backup --tier` takes and the manifest records: the raw tier and the archive
/// are PostgreSQL databases (pg_dump), the warehouse is ClickHouse (BACKUP ... TO File).
/// </summary>
public enum BackupTier
{
    Raw,
    ClickHouse,
    Archive,
}

public static class BackupTiers
{
    public static IReadOnlyList<BackupTier> All { get; } = Enum.GetValues<BackupTier>();

    /// <summary>What --tier accepts besides "all".</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(Name)];

    public static string Name(this BackupTier tier) => tier.ToString().ToLowerInvariant();

    /// <summary>The tiers "raw", "clickhouse", "archive" or "all" stands for.</summary>
    public static IReadOnlyList<BackupTier> Parse(string name) =>
        name == "all" ? All : [All.Single(tier => tier.Name() == name)];
}
