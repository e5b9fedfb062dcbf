using Npgsql;

namespace Strata.Postgres;

/// <summary>
/// Every statement Strata sends to a PostgreSQL-protocol database (the raw tier, the archive) goes through here,
/// with one parameter style and one timeout policy:
/// <list type="bullet">
/// <item>parameters are named (<c>@name</c> in the SQL) and bound as values, never spliced into SQL text;</item>
/// <item>no command timeout: a merge over millions of rows runs for minutes, so what stops a statement is the
/// caller's cancellation token (a step's timeout, Ctrl+C, a server shutting down), not a 30-second default.</item>
/// </list>
/// A command on a connection inside a transaction takes part in it.
/// </summary>
public static class PostgresCommand
{
    public static NpgsqlCommand Create(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    /// <summary>Runs a statement (or several) and returns the rows it affected.</summary>
    public static async Task<int> ExecuteAsync(
        this NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The first column of the first row, or the default when there is none (or it is NULL).</summary>
    public static async Task<T?> ScalarAsync<T>(
        this NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default : (T)value;
    }

    /// <summary>Every row, each turned into a <typeparamref name="T"/> by <paramref name="map"/> (which reads columns by name).</summary>
    public static async Task<List<T>> ReadAsync<T>(
        this NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    /// <summary>The value of the named column of the current row: results are read by name, never by position.</summary>
    public static T Column<T>(this NpgsqlDataReader reader, string name) => reader.GetFieldValue<T>(reader.GetOrdinal(name));
}
