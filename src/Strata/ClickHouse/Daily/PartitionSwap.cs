namespace Strata.ClickHouse.Daily;

/// <summary>
/// Moves a staging table's content into its live table partition by partition (ALTER TABLE ... REPLACE
/// PARTITION: atomic per partition, a metadata operation, never a merge). Partitions the live table holds
/// in scope but the staging table no longer has are dropped. Swapping the same staging twice changes nothing.
/// </summary>
internal static class PartitionSwap
{
    private const string Folder = "clickhouse/daily/load/";

    /// <summary>Swaps the partitions holding the run's affected days (fact_sales: the months the run touched).</summary>
    public static Task<int> AffectedDaysAsync(DailyRun run, string target, string staging, string dateColumn, CancellationToken cancellationToken) =>
        SwapAsync(run, target, staging, Folder + "partitions_for_days.sql", cancellationToken, ("date_column", dateColumn));

    /// <summary>Swaps the whole table (a dimension or summary rebuilt in full).</summary>
    public static Task<int> WholeTableAsync(DailyRun run, string target, string staging, CancellationToken cancellationToken) =>
        SwapAsync(run, target, staging, Folder + "partitions_for_table.sql", cancellationToken);

    private static async Task<int> SwapAsync(DailyRun run, string target, string staging, string plan, CancellationToken cancellationToken, params (string, object?)[] extra)
    {
        var partitions = await run.QueryAsync(plan, row => (Id: (string)row[0]!, Action: (string)row[1]!), cancellationToken,
            [("target", target), ("staging", staging), .. extra]);
        foreach (var (id, action) in partitions)
        {
            await run.ExecuteAsync($"{Folder}{action}_partition.sql", cancellationToken, ("target", target), ("staging", staging), ("partition_id", id));
            DailyLog.PartitionSwapped(run.Logger, target, action, id);
        }
        return partitions.Count;
    }
}
