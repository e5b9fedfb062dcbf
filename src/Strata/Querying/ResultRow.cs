using System.Globalization;

namespace Strata.Querying;

/// <summary>
/// One row of a query result, read by column name (never by position) in the .NET types Strata works with,
/// whichever engine returned it: the embedded ClickHouse and a server return some values in other .NET types
/// (UInt64 or Int64 counts, DateOnly or DateTime days), which these accessors make one.
/// </summary>
public sealed class ResultRow(IReadOnlyDictionary<string, int> columns, object?[] values)
{
    public object? this[string column] => columns.TryGetValue(column, out var position)
        ? values[position]
        : throw new KeyNotFoundException($"The result has no column '{column}' (it has {string.Join(", ", columns.Keys)}).");

    public long Number(string column) => this[column] is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;

    public decimal Amount(string column) => this[column] is { } value ? Convert.ToDecimal(value, CultureInfo.InvariantCulture) : 0;

    public string Text(string column) => this[column] as string ?? "";

    public DateTime? Instant(string column) => this[column] as DateTime?;

    public Guid Id(string column) => this[column] switch
    {
        Guid id => id,
        string text => Guid.Parse(text, CultureInfo.InvariantCulture),
        var other => throw new InvalidCastException($"Column '{column}' holds {other?.GetType().Name ?? "NULL"}, not a UUID."),
    };

    public DateOnly Day(string column) => this[column] switch
    {
        DateOnly day => day,
        DateTime instant => DateOnly.FromDateTime(instant),
        var other => throw new InvalidCastException($"Column '{column}' holds {other?.GetType().Name ?? "NULL"}, not a date."),
    };
}

public static class ResultRows
{
    /// <summary>Reads every row of <paramref name="result"/>, each turned into a <typeparamref name="T"/> by <paramref name="map"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(this TabularResult result, Func<ResultRow, T> map, CancellationToken cancellationToken)
    {
        var columns = result.Columns.Select((name, position) => (name, position)).ToDictionary(c => c.name, c => c.position, StringComparer.Ordinal);
        var rows = new List<T>();
        await foreach (var values in result.Rows.WithCancellation(cancellationToken))
        {
            rows.Add(map(new ResultRow(columns, values)));
        }
        return rows;
    }
}
