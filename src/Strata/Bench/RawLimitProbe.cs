using System.Diagnostics;
using Strata.ClickHouse;
using Strata.Sql;

namespace Strata.Bench;

/// <summary>Measures the raw limit: how long ClickHouse takes to pull sales_data from PostgreSQL into a bare table.</summary>
internal static class RawLimitProbe
{
    public static async Task<TimeSpan> MeasureAsync(IClickHouseEngine clickHouse, ClickHouseParameters postgresSource, CancellationToken cancellationToken)
    {
        await clickHouse.ExecuteAsync(SqlCatalog.Read("clickhouse/bench/raw_limit_table.sql"), null, cancellationToken);
        var clock = Stopwatch.StartNew();
        await clickHouse.ExecuteAsync(SqlCatalog.Read("clickhouse/bench/raw_limit_pull.sql"), postgresSource, cancellationToken);
        var elapsed = clock.Elapsed;
        await clickHouse.ExecuteAsync(SqlCatalog.Read("clickhouse/bench/raw_limit_drop.sql"), null, cancellationToken);
        return elapsed;
    }
}
