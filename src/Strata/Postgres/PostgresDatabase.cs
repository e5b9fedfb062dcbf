using Npgsql;

namespace Strata.Postgres;

/// <summary>The raw tier's database: one pooled data source for the process.</summary>
public sealed class PostgresDatabase(string connectionString) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(connectionString);

    public string ConnectionString => connectionString;

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        DataSource.OpenConnectionAsync(cancellationToken);

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(sql);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default : (T)value;
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
