using Npgsql;
using Strata.ClickHouse;
using Strata.Pipeline;

namespace Strata.Diagnostics;

/// <summary>
/// A stable code for what made a step fail, for logs that machines read (alerting on a code, counting them): the
/// message may change wording from release to release, the code does not. PostgreSQL and ClickHouse errors keep
/// their engines' own codes (SQLSTATE, ClickHouse's error number).
/// </summary>
public static class ErrorCodes
{
    public const string Timeout = "step_timeout";

    public static string Of(Exception? fault) => fault switch
    {
        null => Timeout,
        CheckFailedException => "check_failed",
        InjectedCrashException => "injected_crash",
        PostgresException postgres => "postgres_" + postgres.SqlState,
        NpgsqlException => "postgres_connection",
        ClickHouseException clickHouse => "clickhouse_" + clickHouse.Code,
        System.Net.Sockets.SocketException or HttpRequestException or IOException => "connection",
        TimeoutException => "timeout",
        StrataException => "strata_error",
        _ => "internal_error",
    };
}
