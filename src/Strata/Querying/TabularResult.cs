namespace Strata.Querying;

/// <summary>A query's column names and its rows, streamed; disposing it releases the connection behind it.</summary>
public sealed class TabularResult(IReadOnlyList<string> columns, IAsyncEnumerable<object?[]> rows, IAsyncDisposable? owner = null) : IAsyncDisposable
{
    public IReadOnlyList<string> Columns { get; } = columns;

    public IAsyncEnumerable<object?[]> Rows { get; } = rows;

    public ValueTask DisposeAsync() => owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
