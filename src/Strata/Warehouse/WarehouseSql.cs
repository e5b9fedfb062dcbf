using System.Text.RegularExpressions;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Sql;

namespace Strata.Warehouse;

/// <summary>
/// The one place that picks the warehouse's SQL for its layout. On one node (the default) every statement is the file
/// under sql/warehouse/ as it is. On a cluster (STRATA_CLICKHOUSE_CLUSTER), the first rule that applies:
/// <list type="number">
/// <item>a file of the same path under sql/warehouse/cluster/ (with {{cluster}} filled in) replaces it: the swaps, which
/// run ON CLUSTER on the shards' local tables;</item>
/// <item>a table of sql/warehouse/schema/ keeps its own DDL, made ON CLUSTER and replicated (<see cref="ClusterDdl"/>);</item>
/// <item>a staging copy (<c>CREATE OR REPLACE TABLE X_staging AS X</c>) becomes X's DDL under the staging name, since a
/// replicated table's copy would share its replication path;</item>
/// <item>anything else (the run's working tables, transforms, reads through the Distributed tables) is unchanged.</item>
/// </list>
/// A file only the cluster folder has (a Distributed table, a replica sync before a swap) is added where its name sorts.
/// </summary>
public sealed partial class WarehouseSql
{
    private const string Root = "warehouse/";

    private const string ClusterRoot = "warehouse/cluster/";

    private const string SchemaFolder = "warehouse/schema";

    private WarehouseSql(string? cluster) => Cluster = cluster;

    public static WarehouseSql SingleNode { get; } = new(null);

    /// <summary>The cluster the tables are created on; null on one node.</summary>
    public string? Cluster { get; }

    public static WarehouseSql OnCluster(string cluster) => new(ClickHouseIdentifier.Validate(cluster));

    public static WarehouseSql For(StrataSettings settings) => settings.WarehouseCluster is { } cluster ? OnCluster(cluster) : SingleNode;

    public string Read(string path)
    {
        if (Cluster is null)
        {
            return SqlCatalog.Read(path);
        }
        var values = new Dictionary<string, string> { ["cluster"] = ClickHouseIdentifier.Quote(Cluster) };
        if (Exists(ClusterPath(path)))
        {
            return SqlTemplate.Render(SqlCatalog.Read(ClusterPath(path)), values);
        }
        var sql = SqlCatalog.Read(path);
        if (path.StartsWith(SchemaFolder + "/", StringComparison.Ordinal))
        {
            return ClusterDdl.Replicated(sql, TableOf(path), Cluster);
        }
        var copy = StagingCopy().Match(sql);
        return copy.Success
            ? ClusterDdl.Replicated(SqlCatalog.Read($"{SchemaFolder}/{copy.Groups["table"].Value}.sql"), copy.Groups["table"].Value, Cluster, "_staging")
            : sql;
    }

    /// <summary>Whether the layout has a statement at this path (a cluster-only one is absent on one node).</summary>
    public bool Defines(string path) => Exists(path) || (Cluster is not null && Exists(ClusterPath(path)));

    /// <summary>The statements of a folder in file-name order, with the cluster-only ones on a cluster.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var paths = SqlCatalog.List(folder).AsEnumerable();
        if (Cluster is not null)
        {
            paths = paths.Concat(SqlCatalog.List(ClusterPath(folder)).Select(path => Root + path[ClusterRoot.Length..])).Distinct();
        }
        return [.. paths.OrderBy(Path.GetFileName, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The warehouse tables' DDL in order. One node: sql/warehouse/schema, then sql/warehouse/upgrades (for warehouses an
    /// earlier version created). A cluster: the schema as <see cref="Read"/> gives it; a cluster is created by this version,
    /// so it has nothing to upgrade.
    /// </summary>
    public IReadOnlyList<string> SchemaFiles() =>
        Cluster is null ? [.. SqlCatalog.List(SchemaFolder), .. SqlCatalog.List(Root + "upgrades")] : List(SchemaFolder);

    private static string ClusterPath(string path) => ClusterRoot + path[Root.Length..];

    private static bool Exists(string path) => SqlCatalog.List(Path.GetDirectoryName(path)!).Contains(path);

    private static string TableOf(string path) => Path.GetFileNameWithoutExtension(path);

    [GeneratedRegex(@"^CREATE OR REPLACE TABLE (?<table>\w+)_staging AS \k<table>\s*$", RegexOptions.Multiline)]
    private static partial Regex StagingCopy();
}
