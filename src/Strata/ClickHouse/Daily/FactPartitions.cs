namespace Strata.ClickHouse.Daily;

/// <summary>
/// Moves fact_sales_staging into fact_sales month by month with ALTER TABLE ... REPLACE PARTITION: atomic per
/// partition, a metadata operation, never a merge. A month the run emptied is dropped. Swapping the same
/// staging twice changes nothing, so a crash between two months is repaired by running again.
/// </summary>
internal static class FactPartitions
{
    private const string Folder = "clickhouse/daily/load/";

    public static async Task<int> SwapAsync(DailyRun run, CancellationToken cancellationToken)
    {
        var partitions = await run.QueryAsync(Folder + "fact_sales_partitions.sql", row => (Id: (string)row[0]!, Action: (string)row[1]!), cancellationToken);
        foreach (var (id, action) in partitions)
        {
            await run.ExecuteAsync($"{Folder}{action}_fact_sales_partition.sql", cancellationToken, ("partition_id", id));
            DailyLog.PartitionSwapped(run.Logger, "fact_sales", action, id);
        }
        return partitions.Count;
    }
}
