using Npgsql;
using Strata.Diagnostics;

namespace Strata.Greenplum;

/// <summary>
/// One monthly run at a time per archive: a session-level advisory lock held on a connection for the whole run.
/// A second run fails at once with a clear message instead of racing the first over staging tables.
/// </summary>
public sealed class ArchiveRunLock : IAsyncDisposable
{
    private const long Key = 0x5354_5241_4752; // "STRAGR"
    private readonly NpgsqlConnection connection;

    private ArchiveRunLock(NpgsqlConnection connection) => this.connection = connection;

    public static async Task<ArchiveRunLock> AcquireAsync(ArchiveDatabase archive, CancellationToken cancellationToken)
    {
        var connection = await archive.OpenAsync(cancellationToken);
        if (await ArchiveCommand.ScalarAsync<bool>(connection, $"SELECT pg_try_advisory_lock({Key})", cancellationToken))
        {
            return new ArchiveRunLock(connection);
        }
        await connection.DisposeAsync();
        throw new StrataException("Another monthly run is archiving into this database; wait for it to finish.");
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the session releases the lock even if the unlock below cannot run (a broken connection).
        await using (connection)
        {
            await ArchiveCommand.ExecuteAsync(connection, $"SELECT pg_advisory_unlock({Key})", CancellationToken.None);
        }
    }
}
