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
        if (await connection.ScalarAsync<bool>("SELECT pg_try_advisory_lock(@key)", cancellationToken, ("key", key)))
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
            try
            {
                await connection.ScalarAsync<bool>("SELECT pg_advisory_unlock(@key)", CancellationToken.None, ("key", key));
            }
            catch (NpgsqlException)
            {
                // The session is gone, and the lock with it.
            }
        }
    }
}
