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

    public async Task<TabularResult> QueryAsync(string sql, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        engine ??= await open(cancellationToken);
        var bound = ClickHouseParameters.Of(parameters);
        return write ? await engine.QueryAsync(sql, bound, cancellationToken) : await engine.QueryReadOnlyAsync(sql, bound, cancellationToken);
    }

    public ValueTask DisposeAsync() => engine?.DisposeAsync() ?? ValueTask.CompletedTask;
}
