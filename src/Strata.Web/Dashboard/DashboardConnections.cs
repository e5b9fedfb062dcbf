using Npgsql;
using Strata.Configuration;
using Strata.Postgres;

namespace Strata.Web.Dashboard;

/// <summary>
/// Where the dashboard and `strata report --html` read the PostgreSQL-protocol tiers, and as whom: as the reader login
/// (<see cref="ReaderLogin"/>) when one is configured, else as the tiers' own users; always in read-only sessions. ClickHouse
/// has no such role in the embedded engine, so its queries go through the engine's readonly=1 path whichever login is set.
/// </summary>
public sealed record DashboardConnections(string Raw, string Archive, ReaderLogin? Reader)
{
    public static DashboardConnections From(StrataSettings settings) =>
        new(ReadOnlySessions.Of(As(settings.Raw, settings.Reader)), ReadOnlySessions.Of(As(settings.Archive, settings.Reader)), settings.Reader);

    /// <summary>Whether the dashboard reads as the least-privileged login rather than the tiers' own (owner or ETL) users.</summary>
    public bool LeastPrivilege => Reader is not null;

    /// <summary>The login each tier is read as, by engine name, for /health and the startup log.</summary>
    public IReadOnlyDictionary<string, string> ReadsAs => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Tier.Raw.EngineName()] = UserOf(Raw),
        [Tier.Warehouse.EngineName()] = "readonly=1",
        [Tier.Archive.EngineName()] = UserOf(Archive),
    };

    /// <summary>One sentence for the operator: who the dashboard reads as, and what to set when that is not the reader.</summary>
    public string Describe() => Reader is { } reader
        ? $"the dashboard reads postgres and greenplum as {reader.User} in read-only sessions, and ClickHouse with readonly=1"
        : $"the dashboard reads postgres as {UserOf(Raw)} and greenplum as {UserOf(Archive)}, the tiers' own users, in read-only sessions "
            + $"(ClickHouse with readonly=1): {ReaderLogin.PasswordVariable} is not set; set it to the password `strata db init` gave "
            + $"{ReaderLogin.DefaultUser} to read with least privilege";

    private static string As(string connectionString, ReaderLogin? reader) => reader is null
        ? connectionString
        : new NpgsqlConnectionStringBuilder(connectionString) { Username = reader.User, Password = reader.Password }.ConnectionString;

    private static string UserOf(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Username ?? "the default user (PGUSER)";
}
