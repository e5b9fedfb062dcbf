using Strata.Querying;

namespace Strata.ClickHouse;

/// <summary>Ad-hoc SQL against the ClickHouse hot tier, whichever engine runs it; the engine opens on the first query.</summary>
public sealed class ClickHouseSqlTier(string name, Func<CancellationToken, Task<IClickHouseEngine>> open) : ISqlTier, IAsyncDisposable
{
    private IClickHouseEngine? engine;

    public string Name => name;

    public async Task<TabularResult> QueryAsync(string sql, CancellationToken cancellationToken)
    {
        engine ??= await open(cancellationToken);
        return await engine.QueryAsync(sql, null, cancellationToken);
    }

    public ValueTask DisposeAsync() => engine?.DisposeAsync() ?? ValueTask.CompletedTask;
}
