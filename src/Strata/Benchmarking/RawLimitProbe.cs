using Strata.ClickHouse;
using Strata.Querying;
using Strata.Sql;

namespace Strata.Benchmarking;

/// <summary>
/// The daily runs' raw limit: how fast ClickHouse moves sales_data out of PostgreSQL at all (postgresql() into a bare
/// MergeTree table, sql/warehouse/bench/): the whole table, or the sales of some days. Only the pull is timed; the
/// table is created before and, once its rows are counted, dropped after.
/// </summary>
internal sealed class RawLimitProbe(IClickHouseEngine clickHouse, ClickHouseParameters postgresSource)
{
    private const string Table = "bench_raw_limit";

    /// <summary>Every sale the raw tier holds.</summary>
    public Task<(long Rows, StageMeasurement Measurement)> MeasureAsync(CancellationToken cancellationToken) =>
        PullAsync("warehouse/bench/raw_limit_pull.sql", postgresSource, cancellationToken);

    /// <summary>The sales of the UTC days [<paramref name="firstDay"/>, <paramref name="lastDay"/>].</summary>
    public Task<(long Rows, StageMeasurement Measurement)> MeasureDaysAsync(DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var parameters = new ClickHouseParameters { ["first_day"] = firstDay, ["last_day"] = lastDay };
        foreach (var (name, value) in postgresSource)
        {
            parameters[name] = value;
        }
        return PullAsync("warehouse/bench/raw_limit_pull_days.sql", parameters, cancellationToken);
    }

    private async Task<(long Rows, StageMeasurement Measurement)> PullAsync(
        string sqlFile, ClickHouseParameters parameters, CancellationToken cancellationToken)
    {
        await clickHouse.ExecuteAsync(SqlCatalog.Read("warehouse/bench/raw_limit_table.sql"), null, cancellationToken);
        var (_, measurement) = await StageMeasurement.MeasureAsync(clickHouse, async () =>
        {
            await clickHouse.ExecuteAsync(SqlCatalog.Read(sqlFile), parameters, cancellationToken);
            return Table;
        }, cancellationToken);
        var rows = await CountAsync(cancellationToken);
        await clickHouse.ExecuteAsync(SqlCatalog.Read("warehouse/bench/raw_limit_drop.sql"), null, cancellationToken);
        return (rows, measurement);
    }

    private async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var result = await clickHouse.QueryAsync(
            SqlCatalog.Read("warehouse/daily/count_rows.sql"), new ClickHouseParameters { ["table"] = Table }, cancellationToken);
        return (await result.ReadAllAsync(row => row.Number("rows"), cancellationToken)).Single();
    }
}
