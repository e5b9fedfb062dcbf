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

    public static ISqlTier Open(Tier tier, StrataSettings settings, Stack<IAsyncDisposable> owned)
    {
        if (tier == Tier.Warehouse)
        {
            var clickHouse = new ClickHouseSqlTier(tier.EngineName(), ct => ClickHouseEngines.OpenAsync(settings, ct));
            owned.Push(clickHouse);
            return clickHouse;
        }
        // The raw and archive tiers speak the PostgreSQL protocol whichever dialect answers (Greenplum, Cloudberry, PostgreSQL).
        var database = new PostgresDatabase(settings.ConnectionString(tier));
        owned.Push(database);
        return new PostgresSqlTier(tier.EngineName(), database);
    }
}
