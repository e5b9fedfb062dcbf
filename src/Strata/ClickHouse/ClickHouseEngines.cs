using Strata.ClickHouse.Embedded;
using Strata.ClickHouse.Server;
using Strata.Configuration;

namespace Strata.ClickHouse;

/// <summary>The one place that turns settings into a ClickHouse engine: embedded (libchdb) or a server (HTTP).</summary>
public static class ClickHouseEngines
{
    public static Task<IClickHouseEngine> OpenAsync(StrataSettings settings, CancellationToken cancellationToken) =>
        OpenAsync(ClickHouseLocation.Parse(settings.Warehouse), settings.LibChdb, cancellationToken);

    public static async Task<IClickHouseEngine> OpenAsync(ClickHouseLocation location, string libChdb, CancellationToken cancellationToken) =>
        location switch
        {
            ClickHouseLocation.Embedded embedded =>
                await EmbeddedClickHouseEngine.OpenAsync(embedded.Directory, embedded.Database, libChdb, cancellationToken),
            ClickHouseLocation.Server server => await ServerClickHouseEngine.OpenAsync(server.Address, server.Database, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown ClickHouse location."),
        };
}
