using System.Runtime.CompilerServices;
using Npgsql;
using Strata.Querying;

namespace Strata.Postgres;

/// <summary>Ad-hoc SQL against a PostgreSQL-protocol database, rows streamed from the server.</summary>
public sealed class PostgresSqlTier(string name, PostgresDatabase database) : ISqlTier
{
    public string Name => name;

    public async Task<TabularResult> QueryAsync(string sql, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        var command = PostgresCommand.Create(connection, sql, [.. (parameters ?? new Dictionary<string, object?>()).Select(p => (p.Key, p.Value))]);
        try
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken);
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            return new TabularResult(columns, ReadRows(reader, cancellationToken), new Owner(reader, command, connection));
        }
        catch
        {
            await command.DisposeAsync();
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async IAsyncEnumerable<object?[]> ReadRows(NpgsqlDataReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = await reader.IsDBNullAsync(i, cancellationToken) ? null : reader.GetValue(i);
            }
            yield return row;
        }
    }

    private sealed class Owner(NpgsqlDataReader reader, NpgsqlCommand command, NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await reader.DisposeAsync();
            await command.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
