namespace Strata.Backups;

/// <summary>What `strata backup verify` reports: whether every restored figure matched the manifest, and each that did not.</summary>
public sealed record BackupVerification(string Backup, bool Verified, IReadOnlyList<string> Mismatches);

/// <summary>
/// `strata backup verify DIR`: restores every tier of the backup into scratch databases (a backup never restored is not a
/// backup) and compares every table's (and month's) rows and checksum with the manifest. A tier that cannot be restored
/// at all (a damaged file) is a mismatch too, named by its tier.
/// </summary>
public sealed class BackupVerifier(BackupStores stores)
{
    public async Task<BackupVerification> VerifyAsync(string folder, CancellationToken cancellationToken)
    {
        var manifest = BackupManifest.Read(folder);
        var mismatches = new List<string>();
        foreach (var part in manifest.Tiers)
        {
            var tier = BackupTiers.Parse(part.Tier).Single();
            try
            {
                var restored = tier == BackupTier.ClickHouse
                    ? await (await stores.WarehouseAsync(cancellationToken)).RestoredFiguresAsync(manifest.Backup, WarehouseTierBackup.TablesOf(part),
                        cancellationToken)
                    : await stores.Postgres(tier).RestoredFiguresAsync(manifest.Backup, cancellationToken);
                mismatches.AddRange(Compare(part, restored));
            }
            catch (Diagnostics.StrataException failed)
            {
                mismatches.Add($"{part.Tier}: the backup could not be restored ({failed.Message})");
            }
        }
        return new BackupVerification(manifest.Backup, mismatches.Count == 0, mismatches);
    }

    private static IEnumerable<string> Compare(TierBackup expected, IReadOnlyList<TableFigures> restored)
    {
        var found = restored.ToDictionary(figures => figures.Name, StringComparer.Ordinal);
        foreach (var table in expected.Tables)
        {
            if (!found.Remove(table.Name, out var actual))
            {
                yield return $"{expected.Tier} {table.Name}: in the manifest ({table.Rows} rows) but not in the restored backup";
            }
            else if (actual.Rows != table.Rows || actual.Checksum != table.Checksum)
            {
                yield return $"{expected.Tier} {table.Name}: the manifest says {table.Rows} rows, checksum {table.Checksum}; " +
                    $"restored {actual.Rows} rows, checksum {actual.Checksum}";
            }
        }
        foreach (var extra in found.Values)
        {
            yield return $"{expected.Tier} {extra.Name}: restored ({extra.Rows} rows) but not in the manifest";
        }
    }
}
