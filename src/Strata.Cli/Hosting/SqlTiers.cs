using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Postgres;
using Strata.Querying;

namespace Strata.Cli.Hosting;

/// <summary>The one place that maps a tier's name on the command line to the store behind it.</summary>
internal static class SqlTiers
{
    /// <summary>What <c>--tier</c> accepts: each tier's engine name (postgres, clickhouse, greenplum).</summary>
    public static string[] Names(IEnumerable<Tier> tiers) => [.. tiers.Select(tier => tier.EngineName())];

    public static Tier Parse(string name) =>
        Tiers.FromEngineName(name) ?? throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown tier.");

    /// <summary>
    /// The tier's store for ad-hoc SQL: read-only unless <paramref name="write"/> (ClickHouse with readonly=1; PostgreSQL and
    /// Greenplum sessions whose transactions default to READ ONLY). Read-only keeps a slip from changing data; a role without
    /// write grants (strata_reader) is what guarantees it.
    /// </summary>
    public static ISqlTier Open(Tier tier, StrataSettings settings, Stack<IAsyncDisposable> owned, bool write = false)
    {
        if (tier == Tier.Warehouse)
        {
            var clickHouse = new ClickHouseSqlTier(tier.EngineName(), ct => ClickHouseEngines.OpenAsync(settings, ct), write);
            owned.Push(clickHouse);
            return clickHouse;
        }
        // The raw and archive tiers speak the PostgreSQL protocol whichever dialect answers (Greenplum, Cloudberry, PostgreSQL).
        var connection = settings.ConnectionString(tier);
        var database = new PostgresDatabase(write ? connection : ReadOnlySessions.Of(connection));
        owned.Push(database);
        return new PostgresSqlTier(tier.EngineName(), database);
    }
}
