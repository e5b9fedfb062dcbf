namespace Strata.Warehouse.Daily;

/// <summary>
/// Rebuilds the tables derived from the sales aggregates and the dimensions (dim_date and the summaries): each file
/// warehouse/daily/derived/NAME.sql fills NAME_staging in full, which then takes NAME's place (EXCHANGE TABLES). They
/// are small (days x categories x regions at most) and merge small aggregates (<see cref="SalesAggregates"/>), so a
/// full rebuild is cheap and can never leave a stale row behind, whichever days changed.
/// </summary>
internal static class DailySummaries
{
    private const string Folder = "warehouse/daily/derived";

    public static async Task RebuildAsync(DailyRun run, CancellationToken cancellationToken)
    {
        // The derived tables are independent of one another, and most are small merges whose time is the engine's
        // per-statement latency: built and swapped concurrently, each still atomically on its own.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Sql.SqlCatalog.List(Folder), options, async (file, ct) =>
        {
            await run.ExecuteAsync(file, ct);
            await TableSwap.ExchangeAsync(run, Path.GetFileNameWithoutExtension(file), ct);
        });
    }
}
