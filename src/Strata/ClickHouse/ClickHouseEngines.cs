using Strata.ClickHouse.Embedded;
using Strata.ClickHouse.Server;
using Strata.Configuration;
using Strata.Diagnostics;

namespace Strata.ClickHouse;

/// <summary>The one place that turns settings into a ClickHouse engine: embedded (libchdb) or a server (HTTP).</summary>
public static class ClickHouseEngines
{
    public static Task<IClickHouseEngine> OpenAsync(StrataSettings settings, CancellationToken cancellationToken)
    {
        var location = ClickHouseLocation.Parse(settings.Warehouse);
        if (settings.WarehouseCluster is null)
        {
            return OpenAsync(location, settings.LibChdb, cancellationToken);
        }
        return location is ClickHouseLocation.Server server
            ? OpenServerAsync(server, ClickHouseCluster.SessionSettings, cancellationToken)
            : throw new StrataException(
                "STRATA_CLICKHOUSE_CLUSTER needs a ClickHouse server (STRATA_CLICKHOUSE=http(s)://...): the embedded engine is one node.");
    }

    public static async Task<IClickHouseEngine> OpenAsync(ClickHouseLocation location, string libChdb, CancellationToken cancellationToken) =>
        location switch
        {
            ClickHouseLocation.Embedded embedded =>
                await EmbeddedClickHouseEngine.OpenAsync(embedded.Directory, embedded.Database, libChdb, cancellationToken),
            ClickHouseLocation.Server server => await OpenServerAsync(server, new Dictionary<string, string>(), cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(location), location, "Unknown ClickHouse location."),
        };

    private static async Task<IClickHouseEngine> OpenServerAsync(
        ClickHouseLocation.Server server, IReadOnlyDictionary<string, string> sessionSettings, CancellationToken cancellationToken) =>
        await ServerClickHouseEngine.OpenAsync(server.Address, server.Database, cancellationToken, sessionSettings);
}
