using Npgsql;
using Strata.Diagnostics;

namespace Strata.Postgres;

/// <summary>
/// One run of a kind at a time per database: a session-level advisory lock held on a connection of its own for
/// the whole run. A second run fails at once with a clear message instead of racing the first over working
/// tables. Closing the session releases the lock even if the process dies.
/// </summary>
public sealed class RunLock : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly long key;

    private RunLock(NpgsqlConnection connection, long key)
    {
        this.connection = connection;
        this.key = key;
    }

    /// <summary>Takes the lock <paramref name="key"/>, or throws <paramref name="refusal"/> when another session holds it.</summary>
    public static async Task<RunLock> AcquireAsync(PostgresDatabase database, long key, string refusal, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection) { Parameters = { new NpgsqlParameter<long> { TypedValue = key } } };
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            return new RunLock(connection, key);
        }
        await connection.DisposeAsync();
        throw new StrataException(refusal);
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the session releases the lock even if the unlock below cannot run (a broken connection).
        await using (connection)
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection) { Parameters = { new NpgsqlParameter<long> { TypedValue = key } } };
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
    }
}
