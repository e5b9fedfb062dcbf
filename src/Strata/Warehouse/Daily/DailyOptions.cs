using Strata.Pipeline;
using Strata.Quality;

namespace Strata.Warehouse.Daily;

/// <summary>How a daily run behaves beyond its dates.</summary>
public sealed record DailyOptions : RunOptions
{
    /// <summary>
    /// How far before the last watermark the next extract looks again. A row committed by a transaction that
    /// started before the watermark was read carries an updated_at older than the watermark; the overlap
    /// catches it. Re-reading a row twice is harmless: its whole day is rebuilt either way.
    /// </summary>
    public TimeSpan Overlap { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How far the logical date's sales and revenue may stray before the anomaly checks warn.</summary>
    public AnomalyBands Bands { get; init; } = AnomalyBands.Default;

    /// <summary>The warehouse's layout: one node, or a cluster whose tables are sharded and replicated (STRATA_CLICKHOUSE_CLUSTER).</summary>
    public WarehouseSql Sql { get; init; } = WarehouseSql.SingleNode;
}
