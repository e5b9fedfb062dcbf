using Strata.Configuration;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.Web.Dashboard;

/// <summary>
/// The pipeline page's tables, from the run history and the ledger in the raw tier: recent runs with each step's timing,
/// the data-quality results of the latest runs, the reconciliation ledger and each tier's last load (its freshness); and who
/// the dashboard reads each tier as, asked of the sessions themselves.
/// </summary>
public sealed record PipelineView(QueryRows Runs, QueryRows Checks, QueryRows Ledger, QueryRows Freshness, QueryRows Identity)
{
    private const int RecentRuns = 5;

    public static async Task<PipelineView> LoadAsync(DashboardSources sources, CancellationToken cancellationToken) => new(
        await ReadAsync(sources.Raw, "recent_runs", SqlCatalog.Read("raw/runs/list.sql"), cancellationToken,
            ("pipeline", null), ("run_id", null), ("limit", RecentRuns)),
        await ReadAsync(sources.Raw, "recent_checks", SqlCatalog.Read("raw/dashboard/recent_checks.sql"), cancellationToken, ("runs", RecentRuns)),
        await ReadAsync(sources.Raw, "ledger", SqlCatalog.Read("raw/dashboard/ledger.sql"), cancellationToken, ("limit", 30)),
        await ReadAsync(sources.Raw, "tier_freshness", SqlCatalog.Read("raw/dashboard/tier_freshness.sql"), cancellationToken),
        await IdentityAsync(sources, cancellationToken));

    /// <summary>
    /// Each tier's session asked who it is and whether it is read-only: what the dashboard really reads as. A tier that does not
    /// answer says why in its row rather than taking the page down (the run history comes from the raw tier alone).
    /// </summary>
    private static async Task<QueryRows> IdentityAsync(DashboardSources sources, CancellationToken cancellationToken)
    {
        var postgres = SqlCatalog.Read("raw/dashboard/session_identity.sql");
        var clickHouse = SqlCatalog.Read("reports/dashboard/session_identity.sql");
        (Tier Tier, Func<Task<QueryRows>> Ask)[] sessions =
        [
            (Tier.Raw, () => ReadAsync(sources.Raw, "raw", postgres, cancellationToken)),
            (Tier.Warehouse, async () => await QueryRows.ReadAsync("warehouse",
                await sources.Warehouse.QueryReadOnlyAsync(clickHouse, null, cancellationToken), cancellationToken)),
            (Tier.Archive, () => ReadAsync(sources.Archive, "archive", postgres, cancellationToken)),
        ];
        var rows = new List<object?[]>();
        foreach (var (tier, ask) in sessions)
        {
            try
            {
                rows.AddRange((await ask()).Values.Select(row => (object?[])[tier.EngineName(), .. row]));
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                rows.Add([tier.EngineName(), null, null, $"no answer: {failure.Message}"]);
            }
        }
        return new QueryRows("reads_as", ["tier", "role", "login", "read_only"], rows);
    }

    private static async Task<QueryRows> ReadAsync(
        PostgresDatabase database, string source, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
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
