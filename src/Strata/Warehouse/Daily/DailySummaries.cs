namespace Strata.Warehouse.Daily;

/// <summary>
/// Rebuilds the tables derived from the sales aggregates and the dimensions (dim_date and the summaries): each file
/// warehouse/daily/derived/NAME.sql fills NAME_staging. summary_sales, partitioned by month like sales_cube, gets the
/// months holding a recomputed day (daily_aggregated_days) and swaps just those in (<see cref="PartitionSwap"/>). The
/// others are small and take NAME's place whole (EXCHANGE TABLES); the merges of sales_cube by month or week recompute
/// the months or weeks holding a recomputed day and copy the rest, which sales_cube still holds as it was. The
/// aggregates' pending days stay pending until this is done, so a run stopped in between is caught up by the next.
/// </summary>
internal static class DailySummaries
{
    private const string Folder = "warehouse/daily/derived";

    /// <summary>The derived tables swapped month by month rather than exchanged whole.</summary>
    private static readonly string[] ByMonth = ["summary_sales"];

    public static async Task RebuildAsync(DailyRun run, CancellationToken cancellationToken)
    {
        // The derived tables are independent of one another, and most are small merges whose time is the engine's
        // per-statement latency: built and swapped concurrently, each still atomically on its own.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Sql.SqlCatalog.List(Folder), options, async (file, ct) =>
        {
            var table = Path.GetFileNameWithoutExtension(file);
            await run.ExecuteAsync(file, ct);
            if (ByMonth.Contains(table))
            {
                await PartitionSwap.SwapAsync(run, table, "recomputed_month_partitions.sql", ct);
            }
            else
            {
                await TableSwap.ExchangeAsync(run, table, ct);
            }
        });
    }
}
