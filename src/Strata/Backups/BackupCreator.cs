using System.Globalization;
using Strata.Configuration;

namespace Strata.Backups;

/// <summary>
/// `strata backup create`: a new folder under the backup root named by the time it was taken (UTC), one part per tier,
/// then the manifest (written last: its presence says the backup finished), then retention. A backup that fails midway
/// takes its folder with it: nothing half-written stays to fill the disk (retention counts finished backups only).
/// </summary>
public sealed class BackupCreator(BackupStores stores)
{
    /// <summary>Where backups go unless --out says otherwise: beside the embedded store, under the data folder.</summary>
    public static string DefaultRoot(StrataSettings settings) => Path.Combine(settings.DataDirectory, "backups");

    public async Task<BackupManifest> CreateAsync(string root, IReadOnlyList<BackupTier> tiers, int? keep, CancellationToken cancellationToken)
    {
        var createdAt = DateTimeOffset.UtcNow;
        var folder = Path.Combine(Path.GetFullPath(root), createdAt.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        BackupManifest manifest;
        try
        {
            manifest = await WriteAsync(folder, createdAt, tiers, cancellationToken);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
        if (keep is { } newest)
        {
            BackupRetention.Keep(root, newest);
        }
        return manifest;
    }

    private async Task<BackupManifest> WriteAsync(string folder, DateTimeOffset createdAt, IReadOnlyList<BackupTier> tiers, CancellationToken cancellationToken)
    {
        var parts = new List<TierBackup>();
        var tools = new Dictionary<string, string> { ["strata"] = typeof(BackupCreator).Assembly.GetName().Version?.ToString() ?? "" };
        foreach (var tier in tiers)
        {
            if (tier == BackupTier.ClickHouse)
            {
                var warehouse = await stores.WarehouseAsync(cancellationToken);
                parts.Add(await warehouse.CreateAsync(folder, cancellationToken));
                tools["clickhouse"] = await warehouse.VersionAsync(cancellationToken);
                continue;
            }
            var postgres = stores.Postgres(tier);
            parts.Add(await postgres.CreateAsync(folder, cancellationToken));
            foreach (var (tool, version) in await postgres.ToolVersionsAsync(cancellationToken))
            {
                tools[tool] = version;
            }
        }
        var manifest = new BackupManifest(folder, createdAt, tools, parts);
        manifest.Write();
        return manifest;
    }
}
