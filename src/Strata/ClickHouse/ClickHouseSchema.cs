using Strata.Sql;

namespace Strata.ClickHouse;

/// <summary>The warehouse model in ClickHouse (sql/clickhouse/schema, one table per file), created if missing.</summary>
public static class ClickHouseSchema
{
    private const string Folder = "clickhouse/schema";

    /// <summary>The warehouse tables, named after their files.</summary>
    public static IReadOnlyList<string> Tables { get; } = [.. SqlCatalog.List(Folder).Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    /// <summary>Creates every table that does not exist yet; existing tables and their data are left alone.</summary>
    public static async Task EnsureAsync(IClickHouseEngine engine, CancellationToken cancellationToken)
    {
        foreach (var path in SqlCatalog.List(Folder))
        {
            await engine.ExecuteAsync(SqlCatalog.Read(path), null, cancellationToken);
        }
    }
}
