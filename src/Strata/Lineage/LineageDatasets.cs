using Npgsql;
using Strata.ClickHouse;
using Strata.Configuration;

namespace Strata.Lineage;

/// <summary>
/// A dataset of the pipeline graph ("raw.sales_data") as OpenLineage names it, after its naming conventions, so the
/// lineage Strata sends joins what other tools send about the same tables: PostgreSQL (the raw tier, and the archive,
/// which speaks its protocol) as <c>postgres://host:port</c> / <c>database.schema.table</c>, a ClickHouse server as
/// <c>clickhouse://host:port</c> / <c>database.table</c>, the embedded ClickHouse by the directory that holds it.
/// Anything else (the drop folder) keeps its graph name in the jobs' namespace.
/// </summary>
public sealed class LineageDatasets(StrataSettings settings, string jobNamespace)
{
    public LineageDataset Of(string dataset)
    {
        var dot = dataset.IndexOf('.', StringComparison.Ordinal);
        var (tier, table) = (dataset[..dot], dataset[(dot + 1)..]);
        return tier switch
        {
            "raw" => Postgres(settings.Raw, table),
            "archive" => Postgres(settings.Archive, table),
            "warehouse" => ClickHouse(table),
            _ => new LineageDataset(jobNamespace, dataset),
        };
    }

    private static LineageDataset Postgres(string connectionString, string table)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        return new LineageDataset($"postgres://{connection.Host}:{connection.Port}", $"{connection.Database}.public.{table}");
    }

    private LineageDataset ClickHouse(string table) => ClickHouseLocation.Parse(settings.Warehouse) switch
    {
        ClickHouseLocation.Server server => new LineageDataset($"clickhouse://{server.Address.Host}:{server.Address.Port}", $"{server.Database}.{table}"),
        ClickHouseLocation.Embedded embedded => new LineageDataset($"clickhouse+embedded://{Environment.MachineName}{embedded.Directory}",
            $"{embedded.Database}.{table}"),
        var other => throw new ArgumentOutOfRangeException(nameof(table), other, "Unknown ClickHouse location."),
    };
}

/// <summary>A dataset's OpenLineage identity: the namespace of the store that holds it, and its name there.</summary>
public sealed record LineageDataset(string Namespace, string Name);
