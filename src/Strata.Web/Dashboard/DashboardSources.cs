using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Postgres;

namespace Strata.Web.Dashboard;

/// <summary>
/// The dashboard's open stores for one request (or one `strata report --html`): the raw tier and the archive through the
/// read-only connections of <see cref="DashboardConnections"/>, and ClickHouse, which the dashboard queries with readonly=1 only.
/// </summary>
public sealed class DashboardSources : IAsyncDisposable
{
    private DashboardSources(IClickHouseEngine warehouse, DashboardConnections connections)
    {
        Warehouse = warehouse;
        Connections = connections;
        Raw = new PostgresDatabase(connections.Raw);
        Archive = new PostgresDatabase(connections.Archive);
    }

    public IClickHouseEngine Warehouse { get; }

    public DashboardConnections Connections { get; }

    public PostgresDatabase Raw { get; }

    public PostgresDatabase Archive { get; }

    public static async Task<DashboardSources> OpenAsync(StrataSettings settings, DashboardConnections connections, CancellationToken cancellationToken) =>
        new(await ClickHouseEngines.OpenAsync(settings, cancellationToken), connections);

    public DashboardData Data() => new(Warehouse, Archive);

    public async ValueTask DisposeAsync()
    {
        await Raw.DisposeAsync();
        await Archive.DisposeAsync();
        await Warehouse.DisposeAsync();
    }
}
