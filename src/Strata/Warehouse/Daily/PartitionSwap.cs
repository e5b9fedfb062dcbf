namespace Strata.Warehouse.Daily;

/// <summary>
/// Moves TABLE_staging into TABLE. A partitions query (load/*_partitions.sql) says, per month partition, whether
/// to replace it from the staging, drop it (nothing left) or keep it (the run did not touch it). When nothing is kept,
/// the staging holds the table's whole new content and the two are exchanged in one atomic rename; otherwise each
/// month is swapped with ALTER TABLE ... REPLACE PARTITION (atomic per partition, a metadata operation, never a
/// merge; load/replace_TABLE_partition.sql) or dropped (load/drop_partition.sql). Swapping the same staging twice
/// changes nothing, so a crash between two months is repaired by running again.
/// On a cluster, load/sync_TABLE_staging.sql first waits until every replica holds the staging, a table's own
/// load/drop_TABLE_partition.sql drops on the shards' local tables (<see cref="WarehouseSql"/>), and the swap is always
/// month by month: there fact_sales and its staging are Distributed tables, and exchanging them would swap which shard
/// tables each reads.
/// </summary>
internal static class PartitionSwap
{
    private const string Folder = "warehouse/daily/load/";

    public static async Task SwapAsync(DailyRun run, string table, string partitionsSql, CancellationToken cancellationToken)
    {
        var staging = table + "_staging";
        await run.ExecuteIfDefinedAsync($"{Folder}sync_{table}_staging.sql", cancellationToken);
        var partitions = await run.QueryAsync(Folder + partitionsSql,
            row => (Id: row.Text("partition_id"), Action: row.Text("action")), cancellationToken,
            ("table", table), ("staging", staging), ("table_name", table));
        if (!run.OnCluster && partitions.Count > 0 && partitions.All(partition => partition.Action != "keep"))
        {
            await TableSwap.ExchangeAsync(run, table, cancellationToken);
            await run.ExecuteAsync(Folder + "start_merges.sql", cancellationToken, ("table", table));
            return;
        }
        var tableDrop = $"{Folder}drop_{table}_partition.sql";
        var drop = run.Defines(tableDrop) ? tableDrop : Folder + "drop_partition.sql";
        foreach (var (id, action) in partitions.Where(partition => partition.Action != "keep"))
        {
            var statement = action == "replace" ? $"{Folder}replace_{table}_partition.sql" : drop;
            await run.ExecuteAsync(statement, cancellationToken, ("table", table), ("partition_id", id));
            DailyLog.PartitionSwapped(run.Logger, table, action, id);
        }
    }
}
