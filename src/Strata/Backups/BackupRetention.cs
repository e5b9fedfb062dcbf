namespace Strata.Backups;

/// <summary>
/// --keep N: the N newest finished backups under a root stay, older ones go. Only folders with a manifest count (and go):
/// a backup still being written, or one that failed midway, is neither kept in the count nor removed. Folder names are
/// the UTC time each was taken, so they sort oldest to newest.
/// </summary>
public static class BackupRetention
{
    public static IReadOnlyList<string> Finished(string root) =>
        Directory.Exists(root)
            ? [.. Directory.EnumerateDirectories(root).Where(folder => File.Exists(Path.Combine(folder, BackupManifest.FileName)))
                .OrderByDescending(folder => Path.GetFileName(folder), StringComparer.Ordinal)]
            : [];

    public static void Keep(string root, int newest)
    {
        foreach (var old in Finished(root).Skip(newest))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>
    /// The newest finished backup under the root, or null: its time is the last successful backup (`strata status`,
    /// strata_backup_last_success_timestamp_seconds). A failed backup leaves no manifest, so it never counts.
    /// </summary>
    public static BackupManifest? Newest(string root) =>
        Finished(root) is [var newest, ..] ? BackupManifest.Read(newest) : null;
}
