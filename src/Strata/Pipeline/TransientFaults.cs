using System.Net.Sockets;
using Npgsql;
using Strata.ClickHouse;

namespace Strata.Pipeline;

/// <summary>
/// Which failures are worth another try: the store went away or was busy for a moment (connection refused or
/// reset, a server shutting down or restarting, a network timeout, a serialization conflict). A data error, a
/// failed check, a syntax error or a constraint violation fails the same way every time and is never retried.
/// </summary>
public static class TransientFaults
{
    /// <summary>ClickHouse error codes of a network or a busy server (TIMEOUT_EXCEEDED, TOO_MANY_SIMULTANEOUS_QUERIES, SOCKET_TIMEOUT, NETWORK_ERROR,
    /// TABLE_IS_READ_ONLY, ALL_CONNECTION_TRIES_FAILED, UNKNOWN_STATUS_OF_INSERT, POSTGRESQL_CONNECTION_FAILURE, KEEPER_EXCEPTION, POCO_EXCEPTION).</summary>
    private static readonly HashSet<int> ClickHouseCodes = [159, 202, 209, 210, 242, 279, 319, 614, 999, 1000];

    /// <summary>What the embedded engine's postgresql() says when PostgreSQL drops or refuses the connection.</summary>
    private static readonly string[] ConnectionPhrases =
    [
        "broken_connection", "connection refused", "connection reset", "server closed the connection unexpectedly",
        "terminating connection", "could not connect to server", "connection to server", "the database system is starting up",
        "the database system is shutting down", "timeout",
    ];

    public static bool IsTransient(Exception failure) => failure switch
    {
        PostgresException postgres => IsTransientState(postgres.SqlState),
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        ClickHouseException clickHouse => ClickHouseCodes.Contains(clickHouse.Code) || MentionsConnection(clickHouse.Detail),
        SocketException or TimeoutException or HttpRequestException => true,
        IOException io => io.InnerException is SocketException || MentionsConnection(io.Message),
        _ => failure.InnerException is { } inner && IsTransient(inner),
    };

    /// <summary>SQLSTATE classes 08 (connection), 53 (insufficient resources), 57P (operator intervention), 40001/40P01 (retry the transaction).</summary>
    private static bool IsTransientState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal)
        || state.StartsWith("53", StringComparison.Ordinal)
        || state is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected;

    private static bool MentionsConnection(string message) =>
        ConnectionPhrases.Any(phrase => message.Contains(phrase, StringComparison.OrdinalIgnoreCase));
}
