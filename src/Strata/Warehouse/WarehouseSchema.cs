using Strata.ClickHouse;
using Strata.Sql;

namespace Strata.Warehouse;

/// <summary>The warehouse model in ClickHouse (sql/warehouse/schema, one table per file), created if missing.</summary>
public static class WarehouseSchema
{
    private const string Folder = "warehouse/schema";

    /// <summary>The warehouse tables, named after their files.</summary>
    public static IReadOnlyList<string> Tables { get; } = [.. SqlCatalog.List(Folder).Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    /// <summary>
    /// Creates every table that does not exist yet, then brings tables created by an earlier version to the
    /// current types (sql/warehouse/upgrades, in order, each a no-op on a table that has them already); the
    /// data is kept.
    /// </summary>
    public static Task EnsureAsync(IClickHouseEngine engine, CancellationToken cancellationToken) =>
        EnsureAsync(engine, WarehouseSql.SingleNode, cancellationToken);

    /// <summary>
    /// The same in the warehouse's layout: on a cluster, every table ON CLUSTER, replicated, fact_sales sharded (<see cref="WarehouseSql"/>).
    /// </summary>
    public static async Task EnsureAsync(IClickHouseEngine engine, WarehouseSql sql, CancellationToken cancellationToken)
    {
        foreach (var path in sql.SchemaFiles())
        {
            await engine.ExecuteAsync(sql.Read(path), null, cancellationToken);
        }
    }
}
