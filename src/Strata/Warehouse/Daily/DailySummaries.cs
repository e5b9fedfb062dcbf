namespace Strata.Warehouse.Daily;

/// <summary>
/// Rebuilds the tables derived from the facts and dimensions (dim_date and the summaries): each file
/// clickhouse/daily/derived/NAME.sql fills NAME_staging in full, which then takes NAME's place (EXCHANGE TABLES). They are
/// small (days x categories x regions at most), so a full rebuild can never leave a stale row behind,
/// whichever days changed. The facts are joined to the dimensions once, into daily_sales_cube, which the
/// date-based summaries merge; the per-product and per-customer summaries scan fact_sales themselves.
/// </summary>
internal static class DailySummaries
{
    private const string Folder = "warehouse/daily/derived";

    public static async Task RebuildAsync(DailyRun run, CancellationToken cancellationToken)
    {
        await run.ExecuteAsync("warehouse/daily/load/sales_cube.sql", cancellationToken);
        // The derived tables are independent of one another, and most are small merges of the cube whose time is
        // the engine's per-statement latency: built and swapped concurrently, each still atomically on its own.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Sql.SqlCatalog.List(Folder), options, async (file, ct) =>
        {
            await run.ExecuteAsync(file, ct);
            await TableSwap.ExchangeAsync(run, Path.GetFileNameWithoutExtension(file), ct);
        });
    }
}
