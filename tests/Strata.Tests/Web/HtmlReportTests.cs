using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Strata.Tests.Web;

/// <summary>
/// `strata report --html`: one HTML file that opens offline in a real browser (nothing fetched: every script and style
/// inline) and draws every chart, with key figures equal to independent SQL, and the CSV behind each chart beside it.
/// </summary>
[Collection(DashboardStore.Collection)]
public sealed partial class HtmlReportTests(DashboardStore store)
{
    [Fact]
    public async Task The_report_opens_offline_draws_every_chart_and_shows_the_key_figures_its_sql_gives()
    {
        Assert.True(store.Report.ExitCode == 0, store.Report.Error);
        using var summary = JsonDocument.Parse(store.Report.Out);
        var html = summary.RootElement.GetProperty("html").GetString()!;
        var (page, errors) = await store.Chromium.OpenAsync(offline: true);

        await page.GotoAsync(new Uri(html).ToString());

        Assert.Equal(10, await ChartPage.AssertEveryChartDrawsDataAsync(page));
        var last = DateOnly.Parse(DashboardStore.Last, CultureInfo.InvariantCulture);
        Assert.Equal(await ExpectedFigures.KeyFiguresAsync(store.Raw, last.AddDays(-364), last, "", ""), await ChartPage.KeyFiguresAsync(page));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_report_is_one_self_contained_file()
    {
        var html = await File.ReadAllTextAsync(Path.Combine(store.ReportDirectory, "report.html"));

        // The inline scripts' text is code (ECharts builds markup in strings), not the page's markup.
        var markup = InlineScript().Replace(html, "<script></script>");

        Assert.DoesNotMatch(ExternalReference(), markup);
        Assert.Contains("echarts.init", html, StringComparison.Ordinal);
        Assert.Contains("Apache License", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_chart_has_its_csv_with_the_rows_it_draws()
    {
        using var summary = JsonDocument.Parse(store.Report.Out);
        var charts = summary.RootElement.GetProperty("charts").EnumerateArray().ToList();

        Assert.Equal(10, charts.Count);
        foreach (var chart in charts)
        {
            var lines = await File.ReadAllLinesAsync(chart.GetProperty("csv").GetString()!);
            Assert.True(chart.GetProperty("rows").GetInt32() > 0, chart.GetProperty("id").GetString());
            Assert.Equal(chart.GetProperty("rows").GetInt32() + 1, lines.Length);
            Assert.False(string.IsNullOrWhiteSpace(chart.GetProperty("reading").GetString()));
        }
        var monthly = charts.Single(chart => chart.GetProperty("id").GetString() == "monthly-trend").GetProperty("csv").GetString()!;
        var revenue = File.ReadAllLines(monthly).Skip(1).Select(line => decimal.Parse(line.Split(',')[1], CultureInfo.InvariantCulture));
        var first = DateOnly.Parse(DashboardStore.First, CultureInfo.InvariantCulture);
        var last = DateOnly.Parse(DashboardStore.Last, CultureInfo.InvariantCulture);
        Assert.Equal(await ExpectedFigures.MonthlyRevenueAsync(store.Raw, first, last, "", ""), revenue.Select(ExpectedFigures.Money));
    }

    [GeneratedRegex("<script[^>]*>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    /// <summary>A script, stylesheet, image or frame the page would have to fetch (a data: URL is the page's own content).</summary>
    [GeneratedRegex("<(script|link|img|iframe)[^>]+(src|href)=(?!\"data:)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
