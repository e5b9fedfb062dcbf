namespace Strata.ClickHouse.Daily;

/// <summary>
/// Rebuilds the tables derived from the facts and dimensions (dim_date and the summaries): each file
/// clickhouse/daily/derived/NAME.sql fills NAME_staging in full, which then takes NAME's place (EXCHANGE TABLES). They are
/// small (days x categories x regions at most), so a full rebuild can never leave a stale row behind,
/// whichever days changed. The facts are joined to the dimensions once, into daily_sales_cube, which the
/// date-based summaries merge; the per-product and per-customer summaries scan fact_sales themselves.
/// </summary>
internal static class DailySummaries
{
    private const string Folder = "clickhouse/daily/derived";

    public static async Task RebuildAsync(DailyRun run, CancellationToken cancellationToken)
    {
        await run.ExecuteAsync("clickhouse/daily/load/sales_cube.sql", cancellationToken);
        foreach (var file in Sql.SqlCatalog.List(Folder))
        {
            var table = Path.GetFileNameWithoutExtension(file);
            await run.ExecuteAsync(file, cancellationToken);
            await TableSwap.ExchangeAsync(run, table, cancellationToken);
        }
    }
}
