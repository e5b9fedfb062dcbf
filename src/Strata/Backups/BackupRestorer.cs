using Strata.Postgres;
using Strata.Sql;

namespace Strata.Backups;

/// <summary>What `strata backup restore` did: the tiers put back, and the runs to redo (none when the tier catches up by itself).</summary>
public sealed record BackupRestore(string Backup, IReadOnlyList<string> Tiers, IReadOnlyList<string> Redo);

/// <summary>
/// `strata backup restore DIR [--tier T]`: puts tiers back as the backup holds them. What keeps the tiers consistent
/// afterwards lives with the data, so it comes back with it:
/// <list type="bullet">
/// <item>raw: the load ledger and the run history (strata_meta) are in the same database and dump, so they come back as of the
/// same snapshot as the rows; files ingested since are not in the ledger and load again;</item>
/// <item>clickhouse: the daily watermark is in the warehouse's etl_runs, so the next daily run re-reads every sale changed
/// since the backup and rebuilds those days: nothing skipped, nothing twice (days are replaced whole);</item>
/// <item>archive: months archived after the backup are gone, while the run history still says they succeeded; they are
/// listed, with the command that redoes each (a backfill would skip them).</item>
/// </list>
/// </summary>
public sealed class BackupRestorer(BackupStores stores, PostgresDatabase raw)
{
    public async Task<BackupRestore> RestoreAsync(string folder, IReadOnlyList<BackupTier> tiers, CancellationToken cancellationToken)
    {
        var manifest = BackupManifest.Read(folder);
        var redo = new List<string>();
        foreach (var tier in tiers.Where(tier => manifest.Of(tier) is not null || tiers.Count == 1))
        {
            if (tier == BackupTier.ClickHouse)
            {
                await (await stores.WarehouseAsync(cancellationToken)).RestoreAsync(manifest.Backup, cancellationToken);
                continue;
            }
            await stores.Postgres(tier).RestoreAsync(manifest.Backup, cancellationToken);
            if (tier == BackupTier.Archive && !tiers.Contains(BackupTier.Raw))
            {
                var months = await raw.ReadAsync(SqlCatalog.Read("backup/postgres/runs_since.sql"), reader => reader.Column<string>("partition_key"),
                    cancellationToken, ("pipeline", "monthly"), ("since", manifest.CreatedAt));
                redo.AddRange(months.Select(RedoMonthly));
            }
        }
        return new BackupRestore(manifest.Backup, [.. tiers.Select(tier => tier.Name())], redo);
    }

    /// <summary>The command that redoes a monthly run, by its partition: one month ("2024-02") or a stretch ("2024-01..2024-03").</summary>
    private static string RedoMonthly(string partition) =>
        partition.Split("..") is [var from, var to] ? $"strata run monthly --from {from} --to {to}" : $"strata run monthly --month {partition}";
}
