using Strata.ClickHouse;
using Strata.Configuration;

namespace Strata.Backups;

/// <summary>The stores a backup command works on, from the settings: PostgreSQL tiers by connection string, ClickHouse opened on first use.</summary>
public sealed class BackupStores(StrataSettings settings) : IAsyncDisposable
{
    private IClickHouseEngine? warehouse;

    internal PostgresTierBackup Postgres(BackupTier tier) => new(tier, tier switch
    {
        BackupTier.Raw => settings.Raw,
        BackupTier.Archive => settings.Archive,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a PostgreSQL tier."),
    });

    internal async Task<WarehouseTierBackup> WarehouseAsync(CancellationToken cancellationToken) =>
        new(warehouse ??= await ClickHouseEngines.OpenAsync(settings, cancellationToken));

    public async ValueTask DisposeAsync()
    {
        if (warehouse is not null)
        {
            await warehouse.DisposeAsync();
        }
    }
}
