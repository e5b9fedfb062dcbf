using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Postgres;
using Strata.Querying;

namespace Strata.Cli.Hosting;

/// <summary>The one place that maps a tier name to the store behind it.</summary>
internal static class SqlTiers
{
    public static readonly string[] Names = ["postgres", "clickhouse", "greenplum"];

    public static ISqlTier Open(string name, StrataSettings settings, Stack<IAsyncDisposable> owned)
    {
        switch (name)
        {
            case "postgres" or "greenplum":
                // The archive tier speaks the PostgreSQL protocol whichever dialect answers (Greenplum, Cloudberry, PostgreSQL).
                var database = new PostgresDatabase(name == "postgres" ? settings.Postgres : settings.Greenplum);
                owned.Push(database);
                return new PostgresSqlTier(name, database);
            case "clickhouse":
                var clickHouse = new ClickHouseSqlTier(name, ct => ClickHouseEngines.OpenAsync(settings, ct));
                owned.Push(clickHouse);
                return clickHouse;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown tier.");
        }
    }
}
