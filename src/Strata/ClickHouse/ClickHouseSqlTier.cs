using Strata.Querying;

namespace Strata.ClickHouse;

/// <summary>
/// Ad-hoc SQL against the ClickHouse hot tier, whichever engine runs it; the engine opens on the first query. Read-only
/// (readonly=1) unless <paramref name="write"/>.
/// </summary>
public sealed class ClickHouseSqlTier(string name, Func<CancellationToken, Task<IClickHouseEngine>> open, bool write)
    : ISqlTier, IAsyncDisposable
{
    private IClickHouseEngine? engine;

    public string Name => name;

    public async Task<TabularResult> QueryAsync(string sql, CancellationToken cancellationToken)
    {
        engine ??= await open(cancellationToken);
        return write ? await engine.QueryAsync(sql, null, cancellationToken) : await engine.QueryReadOnlyAsync(sql, cancellationToken);
    }

    public ValueTask DisposeAsync() => engine?.DisposeAsync() ?? ValueTask.CompletedTask;
}
