using System.Net;
using System.Text.Json;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Web;

/// <summary>
/// The dashboard of a server whose stores are still empty: before any daily load it says what to run (503) instead of
/// failing; after one, with nothing archived yet, it shows the current figures and empty history.
/// </summary>
public sealed class DashboardBeforeLoadsTests(ServedStore stores) : IClassFixture<ServedStore>
{
    [Fact]
    public async Task The_dashboard_says_what_to_run_then_shows_the_first_loads_figures_with_no_history()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var api = new Uri(stores.Server.Lease.Url, "/api/dashboard");

        using (var before = await http.GetAsync(new Uri(stores.Server.Lease.Url, "/dashboard")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
            Assert.Contains("strata run daily", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var load = await StrataProcess.RunAsync(stores.Served, ["run", "daily", "--from", "2024-01-01", "--to", "2024-03-31"]);
        Assert.True(load.ExitCode == 0, load.Error);

        using var after = JsonDocument.Parse(await http.GetStringAsync(api));
        var revenue = after.RootElement.GetProperty("key_figures").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "revenue");
        var expected = await stores.Raw.Database.ScalarAsync<decimal>(
            "SELECT sum(quantity * price) FROM sales_data WHERE sale_date >= '2024-01-01 00:00:00+00' AND sale_date < '2024-04-01 00:00:00+00'",
            CancellationToken.None);
        // Without dates the key figures cover the latest 365 days: the whole quarter here.
        Assert.Equal(expected, revenue.GetProperty("value").GetDecimal());
        var history = after.RootElement.GetProperty("charts").EnumerateArray().Where(chart => chart.GetProperty("tier").GetString() == "greenplum").ToList();
        Assert.Equal(4, history.Count);
        Assert.All(history.Where(chart => chart.GetProperty("id").GetString() != "forecast"),
            chart => Assert.Equal("Nothing archived yet.", chart.GetProperty("reading").GetString()));
    }
}
