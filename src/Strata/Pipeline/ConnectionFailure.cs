using Npgsql;
using Strata.ClickHouse;
using Strata.Diagnostics;

namespace Strata.Pipeline;

/// <summary>
/// What a person reads when a database connection fails (refused, dropped, terminated by an administrator): which
/// store, the driver's own words, and what to do. The driver's text alone ("57P01: terminating connection due to
/// administrator command", "pqxx::broken_connection") names neither the step that was cut off nor the remedy.
/// </summary>
public static class ConnectionFailure
{
    /// <summary>Whether <paramref name="failure"/> is a connection failure this class can explain (a transient fault).</summary>
    public static bool Is(Exception failure) => TransientFaults.IsTransient(failure);

    /// <summary>"the connection to PostgreSQL failed (detail). Nothing half-done was kept: ..." for a transient fault.</summary>
    public static string Describe(Exception failure)
    {
        var store = Store(failure);
        return $"the connection to {store} failed ({Detail(failure)}). Nothing half-done was kept: check that {store} is up and reachable, "
            + "then run the same command again (what was committed is not done twice).";
    }

    /// <summary>
    /// The reason a step failed with <paramref name="failure"/>: "STEP: " and the explanation for a connection failure
    /// (a message Strata already wrote for it, such as the ingest's file name, kept as it is); null for any other failure.
    /// </summary>
    public static string? OfStep(string step, Exception failure) => failure switch
    {
        _ when !Is(failure) => null,
        StrataException written when written is not ClickHouseException && written.InnerException is not null => $"{step}: {written.Message}",
        _ => $"{step}: {Describe(failure)}",
    };

    /// <summary>The store at the other end: ClickHouse's postgresql() reports PostgreSQL's errors through libpqxx.</summary>
    private static string Store(Exception failure) => failure switch
    {
        NpgsqlException => "PostgreSQL",
        ClickHouseException clickHouse when clickHouse.Detail.Contains("pqxx", StringComparison.Ordinal) => "PostgreSQL (read by ClickHouse)",
        ClickHouseException => "ClickHouse",
        { InnerException: { } inner } => Store(inner),
        _ => "the database",
    };

    private static string Detail(Exception failure) => failure switch
    {
        ClickHouseException clickHouse => clickHouse.Detail.Trim(),
        { InnerException: { } inner } when failure is StrataException => Detail(inner),
        _ => failure.Message.Trim(),
    };
}
