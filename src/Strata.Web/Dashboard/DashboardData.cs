using Npgsql;
using Strata.ClickHouse;
using Strata.Postgres;
using Strata.Reports;
using Strata.Sql;
using Strata.Web.Dashboard.Charts;

namespace Strata.Web.Dashboard;

/// <summary>
/// Runs the reports behind the page: the dashboard reports on ClickHouse under the filter (current figures), and the
/// archive's reports of the report catalogue as they are (history). Reads only; nothing here writes to any tier.
/// </summary>
public sealed class DashboardData(IClickHouseEngine warehouse, PostgresSqlTier archive)
{
    public async Task<DashboardView> LoadAsync(FilterRequest request, TimeProvider clock, CancellationToken cancellationToken)
    {
        var choices = await ChoicesAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        var filter = request.Resolve(choices.FirstDay, choices.LastDay);
        var keyPeriod = request.KeyPeriod(filter);
        var previous = keyPeriod.Previous();
        var period = await WarehouseAsync("key_figures", keyPeriod, cancellationToken);
        var before = await WarehouseAsync("key_figures", previous, cancellationToken);
        var wholeRange = FilterRequest.All.Resolve(choices.FirstDay, choices.LastDay);
        DashboardChart[] charts =
        [
            MonthlyTrendChart.Build(await WarehouseAsync("sales_by_month", filter, cancellationToken)),
            CategoryChart.Build(await WarehouseAsync("revenue_by_category", filter, cancellationToken)),
            RegionChart.Build(await WarehouseAsync("revenue_by_region", filter, cancellationToken)),
            DemographicsChart.Build(await WarehouseAsync("demographics", filter, cancellationToken)),
            TopListChart.Products(await WarehouseAsync("top_products", filter, cancellationToken)),
            TopListChart.Customers(await WarehouseAsync("top_customers", filter, cancellationToken)),
            SeasonalityChart.Build(await ArchiveAsync("category_seasonality", cancellationToken)),
            CohortChart.Build(await ArchiveAsync("cohort_retention", cancellationToken)),
            QuarterlyTrendChart.Build(await ArchiveAsync("quarterly_trends", cancellationToken)),
            ForecastChart.Build(await ArchiveAsync("sales_forecast", cancellationToken),
                await WarehouseAsync("sales_by_month", wholeRange, cancellationToken)),
        ];
        return new DashboardView(filter, keyPeriod, previous, KeyFigure.Compare(period.Rows[0], before.Rows[0]), charts, choices, clock.GetUtcNow());
    }

    private async Task<FilterChoices> ChoicesAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var bounds = (await WarehouseAsync("date_bounds", null, cancellationToken)).Rows[0];
        var options = (await WarehouseAsync("filter_choices", null, cancellationToken)).Rows;
        IReadOnlyList<string> Of(string kind) => [.. options.Where(row => row.Text("kind") == kind).Select(row => row.Text("value"))];
        // An empty warehouse has no days: its one-day range shows zeros rather than failing.
        var empty = bounds.Number("sales") == 0;
        return new FilterChoices(empty ? today : bounds.Day("first_day"), empty ? today : bounds.Day("last_day"), Of("category"), Of("region"));
    }

    private async Task<QueryRows> WarehouseAsync(string report, DashboardFilter? filter, CancellationToken cancellationToken) =>
        await QueryRows.ReadAsync(report, await warehouse.QueryAsync(DashboardSql.Read(report), filter?.Parameters(), cancellationToken), cancellationToken);

    private async Task<QueryRows> ArchiveAsync(string name, CancellationToken cancellationToken)
    {
        var report = ReportCatalogue.All.Single(report => report.Name == name && report.Tier == Configuration.Tier.Archive);
        try
        {
            return await QueryRows.ReadAsync(name, await archive.QueryAsync(SqlCatalog.Read(report.SqlFile), cancellationToken), cancellationToken);
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // No monthly run has created the archive yet: its charts say there is nothing archived rather than the page failing.
            return new QueryRows(name, [], []);
        }
    }
}
