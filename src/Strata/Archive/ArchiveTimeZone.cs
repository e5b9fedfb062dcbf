using Npgsql;
using Strata.Diagnostics;
using Strata.Postgres;

namespace Strata.Archive;

/// <summary>
/// Makes the archive database's sessions default to UTC. ClickHouse's postgresql() writes DateTime64 values as
/// wall-clock text without an offset, and the server reads such text in the session's time zone: a database that
/// defaults to, say, Europe/Berlin would shift every archived sale by an hour or two. Strata's own sessions pin
/// UTC in their connection string; ClickHouse's cannot, so the database default must be UTC.
/// </summary>
public static class ArchiveTimeZone
{
    public static async Task EnsureUtcAsync(ArchiveStatements statements, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (await connection.ScalarAsync<bool>(statements.UtcDefaultIsSet(), cancellationToken))
        {
            return;
        }
        try
        {
            await connection.ExecuteAsync(statements.SetUtcDefault(), cancellationToken);
        }
        catch (PostgresException denied) when (denied.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new StrataException(
                "The archive database must default to UTC and this role may not set it: "
                + $"ask its owner to run ALTER DATABASE {connection.Database} SET TimeZone TO 'UTC'.", denied);
        }
    }
}
