namespace Strata.Warehouse.Daily;

/// <summary>
/// Moves TABLE_staging into TABLE month by month with ALTER TABLE ... REPLACE PARTITION: atomic per
/// partition, a metadata operation, never a merge. A month the run emptied is dropped. Swapping the same
/// staging twice changes nothing, so a crash between two months is repaired by running again.
/// load/TABLE_partitions.sql says which partitions to replace or drop; on a cluster, load/sync_TABLE_staging.sql first
/// waits until every replica holds the staging (<see cref="WarehouseSql"/>).
/// </summary>
internal static class PartitionSwap
{
    private const string Folder = "warehouse/daily/load/";

    public static async Task<int> SwapAsync(DailyRun run, string table, CancellationToken cancellationToken)
    {
        await run.ExecuteIfDefinedAsync($"{Folder}sync_{table}_staging.sql", cancellationToken);
        var partitions = await run.QueryAsync($"{Folder}{table}_partitions.sql",
            row => (Id: row.Text("partition_id"), Action: row.Text("action")), cancellationToken);
        foreach (var (id, action) in partitions)
        {
            await run.ExecuteAsync($"{Folder}{action}_{table}_partition.sql", cancellationToken, ("partition_id", id));
            DailyLog.PartitionSwapped(run.Logger, table, action, id);
        }
        return partitions.Count;
    }
}
