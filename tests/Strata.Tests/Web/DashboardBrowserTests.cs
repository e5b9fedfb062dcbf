using System.Globalization;
using Strata.Reports;

namespace Strata.Tests.Web;

/// <summary>
/// `strata serve`'s dashboard in a real browser (headless Chromium): the page loads, every chart draws data, the key
/// figures and the charts equal what independent SQL over the raw tier gives, a filter changes them to its values, and
/// nothing reaches the console as an error.
/// </summary>
[Collection(DashboardStore.Collection)]
public sealed class DashboardBrowserTests(DashboardStore store)
{
    private static readonly DateOnly From = new(2024, 3, 1);
    private static readonly DateOnly To = new(2024, 8, 31);

    [Fact]
    public async Task The_dashboard_draws_every_chart_with_data_and_no_console_errors()
    {
        var (page, errors) = await store.Chromium.OpenAsync();

        await page.GotoAsync(store.Dashboard.ToString());

        var charts = await ChartPage.AssertEveryChartDrawsDataAsync(page);
        Assert.Equal(10, charts);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_a_filter_the_key_figures_are_the_latest_365_days_as_their_sql_gives()
    {
        var (page, _) = await store.Chromium.OpenAsync();
        await page.GotoAsync(store.Dashboard.ToString());

        var last = DateOnly.Parse(DashboardStore.Last, CultureInfo.InvariantCulture);
        var expected = await ExpectedFigures.KeyFiguresAsync(store.Raw, last.AddDays(-364), last, "", "");
        Assert.Equal(expected, await ChartPage.KeyFiguresAsync(page));
    }

    [Fact]
    public async Task A_filter_changes_the_figures_and_charts_to_what_its_sql_gives()
    {
        var (category, region) = await ExpectedFigures.SomeCategoryAndRegionAsync(store.Raw);
        var (page, errors) = await store.Chromium.OpenAsync();
        await page.GotoAsync(store.Dashboard.ToString());
        var before = await ChartPage.KeyFiguresAsync(page);

        await page.FillAsync("input[name=from]", From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("input[name=to]", To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("select[name=category]", category);
        await page.SelectOptionAsync("select[name=region]", region);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("category=", StringComparison.Ordinal));

        var expected = await ExpectedFigures.KeyFiguresAsync(store.Raw, From, To, category, region);
        Assert.NotEqual("0", expected["orders"]);
        var shown = await ChartPage.KeyFiguresAsync(page);
        Assert.Equal(expected, shown);
        Assert.NotEqual(before["revenue"], shown["revenue"]);
        Assert.Equal(await ExpectedFigures.MonthlyRevenueAsync(store.Raw, From, To, category, region),
            await ChartPage.SeriesAsync(page, "monthly-trend", 0));
        // The category and region charts keep only what the filter keeps: one bar each, the whole revenue.
        Assert.Equal([expected["revenue"]], await ChartPage.SeriesAsync(page, "revenue-by-category", 0));
        Assert.Equal([expected["revenue"]], await ChartPage.SeriesAsync(page, "revenue-by-region", 0));
        await ChartPage.AssertEveryChartDrawsDataAsync(page);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_category_and_region_change_the_archive_charts_to_what_their_sql_over_the_archive_tables_gives()
    {
        var (category, region) = await ExpectedFigures.SomeCategoryAndRegionAsync(store.Raw);
        var (page, errors) = await store.Chromium.OpenAsync();
        await page.GotoAsync(store.Dashboard.ToString());
        var everyDay = (ReportFilter.Everything.From, ReportFilter.Everything.To);
        var before = await ChartPage.SeriesAsync(page, "quarterly-trends", 0);
        Assert.Equal(await ExpectedFigures.QuarterlyArchivedRevenueAsync(store.Archive, everyDay.From, everyDay.To, "", ""), before);

        await page.SelectOptionAsync("select[name=category]", category);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("category=", StringComparison.Ordinal));
        var byCategory = await ChartPage.SeriesAsync(page, "quarterly-trends", 0);
        await page.SelectOptionAsync("select[name=region]", region);
        await page.FillAsync("input[name=from]", From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("input[name=to]", To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("region=", StringComparison.Ordinal));

        Assert.Equal(await ExpectedFigures.QuarterlyArchivedRevenueAsync(store.Archive, everyDay.From, everyDay.To, category, ""), byCategory);
        Assert.NotEqual(before, byCategory);
        Assert.Equal(await ExpectedFigures.QuarterlyArchivedRevenueAsync(store.Archive, From, To, category, region),
            await ChartPage.SeriesAsync(page, "quarterly-trends", 0));
        // Only the forecast keeps the whole history, and says so on the chart; the page no longer says the filters stop at the archive.
        Assert.Equal(["Not filtered by the start date, end date, category and region: sales_forecast.sql takes no such parameter."],
            await page.Locator("section.chart .unfiltered").AllInnerTextsAsync());
        Assert.Equal(1, await page.Locator("#section-forecast .unfiltered").CountAsync());
        Assert.DoesNotContain("do not apply", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await ChartPage.AssertEveryChartDrawsDataAsync(page);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_pipeline_page_shows_runs_checks_the_ledger_and_each_tiers_freshness()
    {
        var (page, errors) = await store.Chromium.OpenAsync();

        await page.GotoAsync(new Uri(store.Dashboard, "/dashboard/pipeline").ToString());

        var ledgerRows = await store.Raw.Database.ScalarAsync<long>("SELECT least(count(*), 30) FROM load_ledger", CancellationToken.None);
        Assert.Equal(ledgerRows, await page.Locator("table[data-table=ledger] tbody tr").CountAsync());
        Assert.Equal(["clickhouse", "greenplum", "postgres"],
            await page.Locator("table[data-table=tier_freshness] tbody tr td:first-child").AllInnerTextsAsync());
        Assert.True(await page.Locator("table[data-table=recent_runs] tbody tr").CountAsync() > 0);
        Assert.True(await page.Locator("table[data-table=recent_checks] tbody tr").CountAsync() > 0);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_filter_with_a_bad_date_is_refused_with_what_to_write()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(store.Dashboard, "/dashboard?from=2024-02-30"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY-MM-DD", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
