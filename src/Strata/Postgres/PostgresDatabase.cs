using Npgsql;
using Strata.Sql;

namespace Strata.Postgres;

/// <summary>
/// A PostgreSQL-protocol database (the raw tier, or the archive): one pooled data source for the process. The
/// statement helpers borrow a connection for one statement; see <see cref="PostgresCommand"/> for the rules they keep.
/// The data source's own command timeout is off too: a COPY takes its timeout from there, not from a command, and a
/// constrained COPY of millions of rows runs for minutes (Npgsql's 30-second default broke it mid-stream).
/// </summary>
public sealed class PostgresDatabase(string connectionString) : IAsyncDisposable
{
    private static readonly string SessionSettings = SqlCatalog.Read("postgres/session_settings.sql");

    public NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 });

    public string ConnectionString => connectionString;

    /// <summary>A pooled connection with Strata's session settings (sql/postgres/session_settings.sql) applied.</summary>
    public async ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(SessionSettings, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Opens one session and gives it back to the pool, so that the next statement finds it open (connected, authenticated,
    /// its settings applied) when this ran alongside other work. Never fails: a problem is left to the next statement,
    /// which meets it again and reports it where it belongs.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Left to the next statement (see above).
        }
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(sql, cancellationToken, parameters);
    }

    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ScalarAsync<T>(sql, cancellationToken, parameters);
    }

    public async Task<List<T>> ReadAsync<T>(
        string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ReadAsync(sql, map, cancellationToken, parameters);
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
