namespace Strata.ClickHouse;

/// <summary>What every request to a ClickHouse cluster carries when the warehouse is sharded (docs/clickhouse.md, "Cluster mode").</summary>
public static class ClickHouseCluster
{
    /// <summary>
    /// distributed_foreground_insert: an INSERT into a Distributed table returns only once every shard holds its rows,
    /// so the partition swap that follows never swaps a half-sent staging. prefer_global_in_and_join: the daily run's
    /// working tables exist only on the node Strata talks to, so an IN or JOIN on them inside a query over a Distributed
    /// table is computed there and sent to the shards (GLOBAL), instead of being looked up on shards that lack them.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SessionSettings { get; } = new Dictionary<string, string>
    {
        ["distributed_foreground_insert"] = "1",
        ["prefer_global_in_and_join"] = "1",
    };
}
