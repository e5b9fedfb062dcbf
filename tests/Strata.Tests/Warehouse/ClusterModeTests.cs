using System.Runtime.CompilerServices;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Diagnostics;
using Strata.Sql;
using Strata.Tests.Infrastructure;
using Strata.Warehouse;

namespace Strata.Tests.Warehouse;

/// <summary>
/// Cluster mode (STRATA_CLICKHOUSE_CLUSTER): every warehouse statement that differs from the single-node one, compared with
/// checked-in files under ClusterSnapshots/ and parsed by ClickHouse's own parser (formatQuery in the embedded engine,
/// 26.7). No ClickHouse cluster runs here, so none of it is executed: these files are what a reviewer reads as the cluster
/// DDL and swap SQL (docs/clickhouse.md, "Cluster mode"). STRATA_ACCEPT_SNAPSHOTS=1 rewrites them.
/// </summary>
public sealed class ClusterModeTests(TestClickHouse clickHouse) : IClassFixture<TestClickHouse>
{
    private static readonly WarehouseSql Cluster = WarehouseSql.OnCluster("strata");

    private static readonly string[] Folders = ["warehouse/schema", "warehouse/daily/setup", "warehouse/daily/load"];

    /// <summary>The statements a cluster runs in place of (or besides) the single-node ones.</summary>
    public static TheoryData<string> ClusterStatements() =>
        [.. Folders.SelectMany(Cluster.List).Where(path => !WarehouseSql.SingleNode.Defines(path) || Cluster.Read(path) != SqlCatalog.Read(path))];

    [Theory]
    [MemberData(nameof(ClusterStatements))]
    public void Cluster_sql_matches_the_checked_in_snapshot(string path)
    {
        var actual = Cluster.Read(path);
        var expectedPath = Path.Combine(SnapshotFolder(), path["warehouse/".Length..]);
        if (Environment.GetEnvironmentVariable("STRATA_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"No snapshot {expectedPath}; run with STRATA_ACCEPT_SNAPSHOTS=1 to create it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Theory]
    [MemberData(nameof(ClusterStatements))]
    public async Task Cluster_sql_is_valid_clickhouse_syntax(string path)
    {
        var formatted = await clickHouse.RowsAsync("SELECT formatQuery({sql:String})", new ClickHouseParameters { ["sql"] = Cluster.Read(path) });

        Assert.False(string.IsNullOrWhiteSpace((string?)formatted.Single()[0]));
    }

    [Fact]
    public void The_cluster_schema_replicates_every_table_and_shards_the_facts_by_customer()
    {
        var ddl = Cluster.SchemaFiles().Select(Cluster.Read).ToList();

        Assert.Equal(WarehouseSchema.Tables.Count + 1, ddl.Count);
        Assert.All(ddl, statement => Assert.Contains("ON CLUSTER `strata`", statement, StringComparison.Ordinal));
        Assert.All(WarehouseSchema.Tables.Where(table => table != "fact_sales"), table => Assert.Contains(ddl, statement =>
            statement.Contains($"CREATE TABLE IF NOT EXISTS {table} ON CLUSTER", StringComparison.Ordinal)
            && statement.Contains("ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')", StringComparison.Ordinal)));
        Assert.Contains(ddl, statement => statement.Contains("CREATE TABLE IF NOT EXISTS fact_sales_local ON CLUSTER", StringComparison.Ordinal)
            && statement.Contains("ReplicatedMergeTree('/clickhouse/tables/{uuid}/{shard}', '{replica}')", StringComparison.Ordinal));
        Assert.Contains(ddl, statement => statement.Contains("ENGINE = Distributed(`strata`, currentDatabase(), fact_sales_local, cityHash64(customer_id))",
            StringComparison.Ordinal));
        Assert.True(ddl.FindIndex(s => s.Contains("fact_sales_local ON CLUSTER", StringComparison.Ordinal))
            < ddl.FindIndex(s => s.Contains("fact_sales ON CLUSTER", StringComparison.Ordinal)), "the local table is created before the Distributed one");
    }

    [Fact]
    public void A_staging_copy_becomes_its_tables_ddl_under_the_staging_name()
    {
        var dimension = Cluster.Read("warehouse/daily/setup/tables/12_staging_dim_customer.sql");
        var facts = Cluster.Read("warehouse/daily/setup/tables/10_staging_fact_sales.sql");

        Assert.StartsWith("CREATE OR REPLACE TABLE dim_customer_staging ON CLUSTER `strata`",
            dimension[dimension.IndexOf("CREATE", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("customer_id       Int32", dimension, StringComparison.Ordinal);
        Assert.Contains("CREATE OR REPLACE TABLE fact_sales_staging_local ON CLUSTER `strata`", facts, StringComparison.Ordinal);
        Assert.Contains("PARTITION BY toYYYYMM(sale_date)", facts, StringComparison.Ordinal);
    }

    [Fact]
    public void One_node_runs_every_statement_as_its_file_says()
    {
        foreach (var path in Folders.SelectMany(WarehouseSql.SingleNode.List))
        {
            Assert.Equal(SqlCatalog.Read(path), WarehouseSql.SingleNode.Read(path));
        }
        Assert.DoesNotContain(Folders.SelectMany(WarehouseSql.SingleNode.List), path => path.Contains("sync_", StringComparison.Ordinal));
        Assert.False(WarehouseSql.SingleNode.Defines("warehouse/daily/load/sync_staging.sql"));
        Assert.True(Cluster.Defines("warehouse/daily/load/sync_staging.sql"));
    }

    [Fact]
    public async Task Cluster_mode_needs_a_server()
    {
        var settings = StrataSettings.FromEnvironment(name => name switch
        {
            "STRATA_CLICKHOUSE" => clickHouse.Location,
            "STRATA_CLICKHOUSE_CLUSTER" => "strata",
            _ => Environment.GetEnvironmentVariable(name),
        });

        var error = await Assert.ThrowsAsync<StrataException>(() => ClickHouseEngines.OpenAsync(settings, CancellationToken.None));

        Assert.Contains("STRATA_CLICKHOUSE_CLUSTER needs a ClickHouse server", error.Message, StringComparison.Ordinal);
        Assert.Equal("strata", WarehouseSql.For(settings).Cluster);
    }

    private static string SnapshotFolder([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "ClusterSnapshots");
}
