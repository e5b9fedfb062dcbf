using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Strata.Tests.Web;

/// <summary>Reads a report or dashboard page as a browser shows it: the key figures' text and what each ECharts chart holds.</summary>
internal static class ChartPage
{
    public static async Task<Dictionary<string, string>> KeyFiguresAsync(IPage page)
    {
        var figures = new Dictionary<string, string>();
        foreach (var figure in await page.Locator("[data-figure]").AllAsync())
        {
            figures[(await figure.GetAttributeAsync("data-figure"))!] = await figure.Locator(".value").InnerTextAsync();
        }
        return figures;
    }

    /// <summary>Every chart on the page has an ECharts instance that drew a canvas and holds at least one non-empty value; returns how many.</summary>
    public static async Task<int> AssertEveryChartDrawsDataAsync(IPage page)
    {
        var ids = await page.Locator("section.chart .canvas").EvaluateAllAsync<string[]>("elements => elements.map(e => e.id)");
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            var drawn = await page.EvaluateAsync<bool>("""
                id => {
                  const chart = echarts.getInstanceByDom(document.getElementById(id));
                  if (!chart || !document.querySelector('#' + id + ' canvas')) { return false; }
                  const present = v => v !== null && v !== undefined && v !== '-';
                  return chart.getOption().series.some(s => (s.data || []).some(present));
                }
                """, id);
            Assert.True(drawn, $"chart {id} drew no data");
        }
        return ids.Length;
    }

    /// <summary>The values of one series of one chart, as the page writes money (null as "n/a").</summary>
    public static async Task<List<string>> SeriesAsync(IPage page, string chart, int series)
    {
        var json = await page.EvaluateAsync<string>(
            "([id, n]) => JSON.stringify(echarts.getInstanceByDom(document.getElementById('chart-' + id)).getOption().series[n].data)",
            new object[] { chart, series });
        using var values = JsonDocument.Parse(json);
        return [.. values.RootElement.EnumerateArray().Select(value => value.ValueKind == JsonValueKind.Null
            ? "n/a"
            : value.GetDecimal().ToString("#,##0.00", CultureInfo.InvariantCulture))];
    }
}
