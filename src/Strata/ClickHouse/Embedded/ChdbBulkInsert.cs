using System.Text;

namespace Strata.ClickHouse.Embedded;

/// <summary>
/// Rows from .NET appended to a table through libchdb's insert stream, as TabSeparated text sent about a
/// megabyte at a time, so memory holds one batch of text whatever the row count.
/// </summary>
internal static class ChdbBulkInsert
{
    private const int BatchChars = 1 << 20;

    public static async Task<long> RunAsync(
        ChdbConnection connection, string table, IReadOnlyList<string> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var sql = $"INSERT INTO {ClickHouseIdentifier.Quote(table)} ({string.Join(", ", columns.Select(ClickHouseIdentifier.Quote))})";
        var insert = await Task.Run(() => connection.StartInsert(sql, "TabSeparated"), cancellationToken);
        try
        {
            var batch = new StringBuilder(BatchChars + 4096);
            long count = 0;
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                AppendLine(batch, row, columns.Count);
                count++;
                if (batch.Length >= BatchChars)
                {
                    await SendAsync(insert, batch, cancellationToken);
                }
            }
            await SendAsync(insert, batch, cancellationToken);
            await Task.Run(() => ChdbInsertStream.Finish(insert), cancellationToken);
            return count;
        }
        finally
        {
            ChdbInsertStream.Destroy(insert);
        }
    }

    private static void AppendLine(StringBuilder batch, object?[] row, int columnCount)
    {
        if (row.Length != columnCount)
        {
            throw new ArgumentException($"A row has {row.Length} values for {columnCount} columns.", nameof(row));
        }
        for (var i = 0; i < row.Length; i++)
        {
            batch.Append(i == 0 ? "" : "\t").Append(EscapedText.Format(row[i]));
        }
        batch.Append('\n');
    }

    private static async Task SendAsync(nint insert, StringBuilder batch, CancellationToken cancellationToken)
    {
        if (batch.Length > 0)
        {
            var bytes = Encoding.UTF8.GetBytes(batch.ToString());
            batch.Clear();
            await Task.Run(() => ChdbInsertStream.Append(insert, bytes), cancellationToken);
        }
    }
}
