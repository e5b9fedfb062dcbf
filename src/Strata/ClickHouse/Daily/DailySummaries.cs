namespace Strata.ClickHouse.Daily;

/// <summary>
/// Rebuilds the tables derived from the facts and dimensions (dim_date and the summaries): each file
/// clickhouse/daily/derived/NAME.sql fills NAME_staging in full, which then takes NAME's place (EXCHANGE TABLES). They are
/// small (days x categories x regions at most), so a full rebuild costs one scan of fact_sales each and can
/// never leave a stale row behind, whichever days changed.
/// </summary>
internal static class DailySummaries
{
    private const string Folder = "clickhouse/daily/derived";

    public static async Task RebuildAsync(DailyRun run, CancellationToken cancellationToken)
    {
        foreach (var file in Sql.SqlCatalog.List(Folder))
        {
            var table = Path.GetFileNameWithoutExtension(file);
            await run.ExecuteAsync(file, cancellationToken);
            await TableSwap.ExchangeAsync(run, table, cancellationToken);
        }
    }
}
