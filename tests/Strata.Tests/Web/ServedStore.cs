using Strata.Tests.Infrastructure;
using Strata.Tests.Warehouse.Daily;

namespace Strata.Tests.Web;

/// <summary>
/// Stores for the server's tests: a seeded raw tier (<see cref="SalesSeed"/>), an empty archive, and two data folders, each
/// with an embedded ClickHouse store: one that a `strata serve` child process holds for the whole class, and one that no
/// server holds, where the same commands run in their own process, for comparison.
/// </summary>
public sealed class ServedStore : IAsyncLifetime
{
    private TemporaryFolder ServedData { get; } = new();
    private TemporaryFolder AloneData { get; } = new();

    public TestDatabase Raw { get; } = new();

    public EmptyTestDatabase Archive { get; } = new();

    public ServeProcess Server { get; private set; } = null!;

    /// <summary>The settings of a command whose store the server holds.</summary>
    public Dictionary<string, string> Served => Variables(ServedData.Root);

    /// <summary>The same settings with a store of its own that nobody holds.</summary>
    public Dictionary<string, string> Alone => Variables(AloneData.Root);

    public async Task InitializeAsync()
    {
        await Raw.InitializeAsync();
        await Archive.InitializeAsync();
        await Raw.Database.ExecuteAsync(SalesSeed.Sql, CancellationToken.None);
        Server = await ServeProcess.StartAsync(Served, "--no-scheduler");
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Raw.DisposeAsync();
        await Archive.DisposeAsync();
        ServedData.Dispose();
        AloneData.Dispose();
    }

    public Dictionary<string, string> Variables(string data) => new()
    {
        ["STRATA_POSTGRES"] = Raw.ConnectionString,
        ["STRATA_GREENPLUM"] = Archive.ConnectionString,
        ["STRATA_DATA"] = data,
        ["STRATA_CLICKHOUSE"] = $"embedded:{Path.Combine(data, "clickhouse")}",
    };
}
