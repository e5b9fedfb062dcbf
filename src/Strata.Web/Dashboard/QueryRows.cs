using Strata.Querying;

namespace Strata.Web.Dashboard;

/// <summary>A report's result held in memory: small (a chart's worth of rows), read by column name, written out as CSV by the CLI.</summary>
public sealed class QueryRows(string source, IReadOnlyList<string> columns, IReadOnlyList<object?[]> values)
{
    /// <summary>The report the rows came from ("sales_by_month"), which names its CSV file.</summary>
    public string Source { get; } = source;

    public IReadOnlyList<string> Columns { get; } = columns;

    public IReadOnlyList<object?[]> Values { get; } = values;

    public IReadOnlyList<ResultRow> Rows { get; } = ToRows(columns, values);

    public static async Task<QueryRows> ReadAsync(string source, TabularResult result, CancellationToken cancellationToken)
    {
        await using (result)
        {
            var values = new List<object?[]>();
            await foreach (var row in result.Rows.WithCancellation(cancellationToken))
            {
                values.Add(row);
            }
            return new QueryRows(source, result.Columns, values);
        }
    }

    /// <summary>The rows again as a streamed result, for the CLI's CSV writer.</summary>
    public TabularResult AsResult() => new(Columns, Values.ToAsyncEnumerable());

    private static List<ResultRow> ToRows(IReadOnlyList<string> columns, IReadOnlyList<object?[]> values)
    {
        var positions = columns.Select((name, position) => (name, position)).ToDictionary(c => c.name, c => c.position, StringComparer.Ordinal);
        return [.. values.Select(row => new ResultRow(positions, row))];
    }
}
