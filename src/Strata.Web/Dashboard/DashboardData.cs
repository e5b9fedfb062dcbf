using Npgsql;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Postgres;
using Strata.Reports;
using Strata.Web.Dashboard.Charts;

namespace Strata.Web.Dashboard;

/// <summary>
/// Runs the reports behind the page under the filter: ClickHouse's (current figures) with readonly=1, and the archive's
/// (history) through the read-only connection it is given (<see cref="DashboardConnections"/>). Each figure comes from one
/// report: the report catalogue's where it has one (what `strata report` runs over everything), else sql/reports/dashboard/.
/// Reads only; nothing here writes to any tier.
/// </summary>
public sealed class DashboardData(IClickHouseEngine warehouse, PostgresDatabase archive)
{
    public async Task<DashboardView> LoadAsync(FilterRequest request, TimeProvider clock, CancellationToken cancellationToken)
    {
        var choices = await ChoicesAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        var filter = request.Resolve(choices.FirstDay, choices.LastDay);
        // The archive keeps months ClickHouse may no longer hold: without dates asked for, history covers every archived month.
        var history = request.Resolve(ReportFilter.Everything.From, ReportFilter.Everything.To);
        var keyPeriod = request.KeyPeriod(filter);
        var previous = keyPeriod.Previous();
        var period = await WarehouseAsync(Dashboard("key_figures"), keyPeriod, cancellationToken);
        var before = await WarehouseAsync(Dashboard("key_figures"), previous, cancellationToken);
        var wholeRange = FilterRequest.All.Resolve(choices.FirstDay, choices.LastDay);
        DashboardChart[] charts =
        [
            await CurrentAsync(MonthlyTrendChart.Build, Dashboard("sales_by_month"), filter, cancellationToken),
            await CurrentAsync(CategoryChart.Build, Catalogue("revenue_by_category"), filter, cancellationToken),
            await CurrentAsync(RegionChart.Build, Dashboard("revenue_by_region"), filter, cancellationToken),
            await CurrentAsync(DemographicsChart.Build, Dashboard("demographics"), filter, cancellationToken),
            await CurrentAsync(TopListChart.Products, Catalogue("top_products"), filter, cancellationToken),
            await CurrentAsync(TopListChart.Customers, Catalogue("top_customers"), filter, cancellationToken),
            await HistoryAsync(SeasonalityChart.Build, "category_seasonality", history, cancellationToken),
            await HistoryAsync(CohortChart.Build, "cohort_retention", history, cancellationToken),
            await HistoryAsync(QuarterlyTrendChart.Build, "quarterly_trends", history, cancellationToken),
            await ForecastAsync(wholeRange, history, cancellationToken),
        ];
        var keyFigures = KeyFigure.Compare(period.Rows.Rows[0], before.Rows.Rows[0]);
        return new DashboardView(filter, history, keyPeriod, previous, keyFigures, charts, choices, clock.GetUtcNow());
    }

    private async Task<FilterChoices> ChoicesAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var bounds = (await WarehouseAsync(Dashboard("date_bounds"), null, cancellationToken)).Rows.Rows[0];
        var options = (await WarehouseAsync(Dashboard("filter_choices"), null, cancellationToken)).Rows.Rows;
        IReadOnlyList<string> Of(string kind) => [.. options.Where(row => row.Text("kind") == kind).Select(row => row.Text("value"))];
        // An empty warehouse has no days: its one-day range shows zeros rather than failing.
        var empty = bounds.Number("sales") == 0;
        return new FilterChoices(empty ? today : bounds.Day("first_day"), empty ? today : bounds.Day("last_day"), Of("category"), Of("region"));
    }

    private async Task<DashboardChart> CurrentAsync(
        Func<QueryRows, DashboardChart> build, (string Name, string File) report, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (rows, follows) = await WarehouseAsync(report, filter, cancellationToken);
        return build(rows) with { Tier = Tier.Warehouse, Ignores = [.. ReportFilter.Parts.Except(follows)] };
    }

    private async Task<DashboardChart> HistoryAsync(
        Func<QueryRows, DashboardChart> build, string name, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (rows, follows) = await ArchiveAsync(name, filter, cancellationToken);
        return build(rows) with { Tier = Tier.Archive, Ignores = [.. ReportFilter.Parts.Except(follows)] };
    }

    /// <summary>The forecast continues the whole history, so its report takes no filter; the actual months before it are the whole range's.</summary>
    private async Task<DashboardChart> ForecastAsync(ReportFilter wholeRange, ReportFilter history, CancellationToken cancellationToken)
    {
        var (forecast, follows) = await ArchiveAsync("sales_forecast", history, cancellationToken);
        var actual = await WarehouseAsync(Dashboard("sales_by_month"), wholeRange, cancellationToken);
        return ForecastChart.Build(forecast, actual.Rows) with { Tier = Tier.Archive, Ignores = [.. ReportFilter.Parts.Except(follows)] };
    }

    private async Task<(QueryRows Rows, IReadOnlyList<string> Follows)> WarehouseAsync(
        (string Name, string File) report, ReportFilter? filter, CancellationToken cancellationToken)
    {
        var sql = ReportSql.Read(Tier.Warehouse, report.File);
        var parameters = filter is null ? null : ClickHouseParameters.Of(filter.ParametersOf(sql));
        var rows = await QueryRows.ReadAsync(report.Name, await warehouse.QueryReadOnlyAsync(sql, parameters, cancellationToken), cancellationToken);
        return (rows, ReportSql.FilterParts(sql));
    }

    private async Task<(QueryRows Rows, IReadOnlyList<string> Follows)> ArchiveAsync(string name, ReportFilter filter, CancellationToken cancellationToken)
    {
        var report = ReportCatalogue.All.Single(report => report.Name == name && report.Tier == Tier.Archive);
        try
        {
            var result = await report.RunAsync(new PostgresSqlTier(Tier.Archive.EngineName(), archive), filter, cancellationToken);
            var rows = await QueryRows.ReadAsync(name, result, cancellationToken);
            return (rows, ReportSql.FilterParts(report.Sql));
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // No monthly run has created the archive yet: its charts say there is nothing archived rather than the page failing.
            return (new QueryRows(name, [], []), ReportFilter.Parts);
        }
    }

    /// <summary>A figure only the dashboard draws: its report in sql/reports/dashboard/.</summary>
    private static (string Name, string File) Dashboard(string name) => (name, $"reports/dashboard/{name}.sql");

    /// <summary>A figure `strata report` also writes: the catalogue's report, the one SQL file behind both.</summary>
    private static (string Name, string File) Catalogue(string name) =>
        (name, ReportCatalogue.ForTier(Tier.Warehouse).Single(report => report.Name == name).SqlFile);
}
