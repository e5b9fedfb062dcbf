using System.Net;
using System.Text.Json;
using Strata.Tests.Infrastructure;
using Strata.Tests.Warehouse.Daily;
using Strata.Web;

namespace Strata.Tests.Web;

/// <summary>
/// A real `strata serve` child process, scheduler on, scraped by Debian's real Prometheus with the API token (as
/// deploy/prometheus/prometheus.yml says to): the runs its scheduler launched at start (the latest occurrence of ingest,
/// daily and monthly) and a caller's `strata run daily` that it carried out all record into its one /metrics, whose run
/// counts equal the run history; the scheduled daily's anomaly (no sales yesterday) reaches the alert webhook.
/// </summary>
public sealed class ServedMetricsTests : FreshStoresTest
{
    private const string Token = "metrics-scrape-token";

    /// <summary>How long the scheduler's first pass (three runs) may take on a busy machine.</summary>
    private static readonly TimeSpan PassPatience = TimeSpan.FromMinutes(5);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Raw.Database.ExecuteAsync(SalesSeed.Sql, CancellationToken.None);
    }

    [Fact]
    public async Task Prometheus_scrapes_strata_serve_whose_scheduled_and_forwarded_runs_record_into_its_metrics_and_alert()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        var env = new Dictionary<string, string>(Env)
        {
            [ServerOptions.TokenVariable] = Token,
            ["STRATA_WEBHOOK_URL"] = receiver.Url("hook").ToString(),
            ["STRATA_ALERT_RETRY_DELAY"] = "0.05",
        };
        await using var server = await ServeProcess.StartAsync(env);

        var forwarded = await StrataProcess.RunAsync(env, ["run", "daily", "--date", "2024-03-01", "--json"]);
        Assert.True(forwarded.ExitCode == 0, forwarded.Error);
        await PassFinishedAsync(server);

        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri(server.Lease.Url, "/metrics"))).StatusCode);
        await using var prometheus = await PrometheusServer.StartAsync(Data, $"""
            scrape_configs:
              - job_name: strata
                authorization:
                  credentials_file: {Data.Write("api-token", Token)}
                static_configs:
                  - targets: ["{server.Lease.Url.Authority}"]
            """);

        var runs = await PrometheusServer.EventuallyAsync(prometheus, "sum by (pipeline, status) (strata_runs_total)");
        var history = await Raw.RowsAsync("SELECT pipeline, status, count(*) FROM strata_meta.runs GROUP BY pipeline, status ORDER BY pipeline, status");
        Assert.Equal(history, runs.Select(r => $"{Label(r, "pipeline")}|{Label(r, "status")}|{r.GetProperty("value")[1].GetString()}")
            .Order(StringComparer.Ordinal));
        Assert.Equal(2, await Raw.Database.ScalarAsync<long>("SELECT count(*) FROM strata_meta.runs WHERE pipeline = 'daily'", CancellationToken.None));
        var lastDaily = await PrometheusServer.EventuallyAsync(prometheus, "strata_last_success_timestamp_seconds{pipeline=\"daily\"}");
        var newestSuccess = await Raw.Database.ScalarAsync<double>(
            "SELECT floor(extract(epoch FROM max(finished_at)))::float8 FROM strata_meta.runs WHERE pipeline = 'daily' AND status = 'succeeded'",
            CancellationToken.None);
        var exposed = double.Parse(lastDaily[0].GetProperty("value")[1].GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(newestSuccess, Math.Floor(exposed));

        // The scheduled daily ran for yesterday, which has no sales: its freshness check warns, once.
        var (runId, partition) = (await Raw.RowsAsync("SELECT run_id, partition_key FROM strata_meta.runs WHERE pipeline = 'daily' AND trigger = 'schedule'"))
            .Select(row => (row.Split('|')[0], row.Split('|')[1])).Single();
        var alert = Assert.Single(receiver.At("hook").Select(hook => JsonDocument.Parse(hook.Body).RootElement),
            alert => alert.GetProperty("run_id").GetString() == runId);
        Assert.Equal(("check_warned", "daily", partition), (alert.GetProperty("event").GetString(), alert.GetProperty("pipeline").GetString(),
            alert.GetProperty("partition").GetString()));
        Assert.Contains(alert.GetProperty("checks").EnumerateArray(), check => check.GetProperty("name").GetString() == "freshness_sales_data");
    }

    /// <summary>Waits until the scheduler's first pass has finished its three runs (ingest, daily, monthly) and sent their alerts.</summary>
    private async Task PassFinishedAsync(ServeProcess server)
    {
        for (var deadline = DateTime.UtcNow + PassPatience; ; await Task.Delay(500))
        {
            var finished = await Raw.Database.ScalarAsync<long>(
                "SELECT count(*) FROM strata_meta.runs WHERE trigger = 'schedule' AND status <> 'running'", CancellationToken.None);
            // The scheduler logs a pass's end once every run in it has told its observers (the alerts among them).
            if (finished == 3 && server.Error.Contains("next occurrence", StringComparison.Ordinal))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"the scheduler's first pass did not finish within {PassPatience}; stderr: {server.Error}");
        }
    }

    private static string Label(JsonElement result, string name) => result.GetProperty("metric").GetProperty(name).GetString()!;
}
