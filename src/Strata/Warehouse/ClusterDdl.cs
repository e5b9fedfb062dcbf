using System.Text.RegularExpressions;
using Strata.ClickHouse;

namespace Strata.Warehouse;

/// <summary>
/// A warehouse table's single-node DDL made for a cluster: created ON CLUSTER on every node, its MergeTree made a
/// ReplicatedMergeTree. fact_sales is sharded: its rows live in fact_sales_local, one part of them per shard, replicated
/// within the shard, and the Distributed table fact_sales (sql/warehouse/cluster/schema/fact_sales_distributed.sql) reads
/// and writes all shards. Every other table is small (dimensions, summaries, quarantine, run history) and replicated whole
/// to every node, so joins to it stay on the node that runs them. The replication path holds the table's UUID, which ON
/// CLUSTER gives every node alike and every re-creation anew, so a staging table recreated by each run never meets its
/// previous replicas in Keeper.
/// </summary>
public static partial class ClusterDdl
{
    /// <summary>The tables split across shards; the rest is replicated to every node.</summary>
    public static IReadOnlySet<string> ShardedTables { get; } = new HashSet<string> { "fact_sales" };

    /// <summary>The suffix of a sharded table's local part, under the Distributed table that keeps the table's name.</summary>
    public const string LocalSuffix = "_local";

    /// <summary>
    /// <paramref name="ddl"/>, the CREATE TABLE of <paramref name="table"/>, made ON CLUSTER and replicated; with a
    /// <paramref name="suffix"/> ("_staging") it creates that table in place of the previous one (CREATE OR REPLACE).
    /// </summary>
    public static string Replicated(string ddl, string table, string cluster, string suffix = "")
    {
        var sharded = ShardedTables.Contains(table);
        var name = table + suffix + (sharded ? LocalSuffix : "");
        var create = suffix.Length == 0 ? "CREATE TABLE IF NOT EXISTS" : "CREATE OR REPLACE TABLE";
        var path = sharded ? "/clickhouse/tables/{uuid}/{shard}" : "/clickhouse/tables/{uuid}/all";
        var renamed = CreateTable().Replace(ddl, $"{create} {name} ON CLUSTER {ClickHouseIdentifier.Quote(cluster)}", 1);
        var replicated = MergeTree().Replace(renamed, $"ENGINE = ReplicatedMergeTree('{path}', '{{replica}}')", 1);
        return renamed == ddl || replicated == renamed
            ? throw new InvalidOperationException($"The DDL of {table} is no CREATE TABLE ... ENGINE = MergeTree; it has no cluster form.")
            : replicated;
    }

    [GeneratedRegex(@"CREATE TABLE IF NOT EXISTS \w+")]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"ENGINE = MergeTree\b(?!\()")]
    private static partial Regex MergeTree();
}
