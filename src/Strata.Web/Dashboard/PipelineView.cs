using Strata.Postgres;
using Strata.Sql;

namespace Strata.Web.Dashboard;

/// <summary>
/// The pipeline page's tables, from the run history and the ledger in the raw tier: recent runs with each step's timing,
/// the data-quality results of the latest runs, the reconciliation ledger and each tier's last load (its freshness).
/// </summary>
public sealed record PipelineView(QueryRows Runs, QueryRows Checks, QueryRows Ledger, QueryRows Freshness)
{
    private const int RecentRuns = 5;

    public static async Task<PipelineView> LoadAsync(PostgresDatabase raw, CancellationToken cancellationToken) => new(
        await ReadAsync(raw, "recent_runs", SqlCatalog.Read("raw/runs/list.sql"), cancellationToken,
            ("pipeline", null), ("run_id", null), ("limit", RecentRuns)),
        await ReadAsync(raw, "recent_checks", SqlCatalog.Read("raw/dashboard/recent_checks.sql"), cancellationToken, ("runs", RecentRuns)),
        await ReadAsync(raw, "ledger", SqlCatalog.Read("raw/dashboard/ledger.sql"), cancellationToken, ("limit", 30)),
        await ReadAsync(raw, "tier_freshness", SqlCatalog.Read("raw/dashboard/tier_freshness.sql"), cancellationToken));

    private static async Task<QueryRows> ReadAsync(
        PostgresDatabase raw, string source, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await raw.OpenAsync(cancellationToken);
        await using var command = PostgresCommand.Create(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = await reader.IsDBNullAsync(i, cancellationToken) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return new QueryRows(source, columns, rows);
    }
}
