using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Strata.Monitoring.Metrics;
using Strata.Pipeline;
using Strata.Tests.Infrastructure;
using Strata.Tests.Warehouse.Daily;
using Strata.Warehouse.Daily;

namespace Strata.Tests.Monitoring;

/// <summary>
/// Debian's real Prometheus on loopback scrapes Strata's /metrics after real daily runs, loads the alert rules, and
/// answers every query of the Grafana dashboard without error. The endpoint is a minimal Kestrel host of
/// <see cref="ProcessMetrics.ExpositionAsync"/> (what `strata serve` serves on /metrics) in this process, so a run can be
/// made to fail at a chosen step; Web.ServedMetricsTests scrapes a real `strata serve` process.
/// </summary>
public sealed class PrometheusScrapeTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime, IDisposable
{
    private readonly DailyStores stores = new(postgres, clickHouse);
    private readonly MetricsRun metrics = new(postgres, clickHouse);

    public Task InitializeAsync() => stores.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => metrics.Dispose();

    [Fact]
    public async Task Prometheus_scrapes_the_metrics_loads_the_rules_and_answers_every_dashboard_query()
    {
        var good = await metrics.RunAsync(DailyRange.Day(new DateOnly(2024, 3, 24)), new DailyOptions());
        var failed = await metrics.RunAsync(DailyRange.Day(new DateOnly(2024, 3, 25)), new DailyOptions
        {
            Checkpoints = new Checkpoints((point,
                _) => point == Checkpoints.Before("load") ? throw new InvalidOperationException("a bug") : Task.CompletedTask),
        });
        Assert.Equal((PipelineStatus.Succeeded, PipelineStatus.Failed), (good.Status, failed.Status));
        await using var host = await MetricsHostAsync();
        await using var prometheus = await PrometheusServer.StartAsync(metrics.Folder, $"""
            rule_files:
              - {RepositoryFiles.PathOf("deploy/prometheus/alerts.yml")}
            scrape_configs:
              - job_name: strata
                static_configs:
                  - targets: ["{host.Authority}"]
            """);

        var up = await PrometheusServer.EventuallyAsync(prometheus, "strata_last_run_failed{pipeline=\"daily\"}");
        Assert.Equal("1", up[0].GetProperty("value")[1].GetString());
        // No backup was ever taken: 0, not an absent series, so the age the StrataBackupMissing rule computes is huge, never empty.
        var backup = await PrometheusServer.EventuallyAsync(prometheus, "strata_backup_last_success_timestamp_seconds");
        Assert.Equal("0", Assert.Single(backup).GetProperty("value")[1].GetString());
        var runs = await PrometheusServer.EventuallyAsync(prometheus, "sum by (status) (strata_runs_total{pipeline=\"daily\"})");
        Assert.Equal(["failed:1", "succeeded:1"],
            runs.Select(r => $"{r.GetProperty("metric").GetProperty("status").GetString()}:{r.GetProperty("value")[1].GetString()}")
            .Order(StringComparer.Ordinal));

        using var dashboard = JsonDocument.Parse(RepositoryFiles.Read("deploy/grafana/dashboards/strata.json"));
        var queries = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(panel => panel.GetProperty("targets").EnumerateArray().Select(target => (Panel: panel.GetProperty("title").GetString(),
                Expr: target.GetProperty("expr").GetString()!)))
            .ToList();
        Assert.NotEmpty(queries);
        foreach (var (panel, expr) in queries)
        {
            using var answer = JsonDocument.Parse(await prometheus.GetAsync("api/v1/query?query=" + Uri.EscapeDataString(expr)));
            Assert.True(answer.RootElement.GetProperty("status").GetString() == "success", $"panel '{panel}': {expr}: {answer.RootElement}");
        }
        // Every series a panel or a rule reads is one Strata defines (a renamed metric breaks the test, not the dashboard).
        var defined = DefinedNames(metrics.Metrics);
        var read = queries.Select(query => query.Expr).Append(RepositoryFiles.Read("deploy/prometheus/alerts.yml"))
            .SelectMany(text => Regex.Matches(text, @"\bstrata_[a-z_]+").Select(m => Regex.Replace(m.Value, "_(bucket|sum|count)$", ""))).Distinct();
        Assert.All(read, name => Assert.Contains(name, defined));
        Assert.Contains("strata_step_duration_seconds", host.Exposed);

        var firing = await PrometheusServer.EventuallyAsync(prometheus, "ALERTS{alertname=\"StrataPipelineFailed\", alertstate=\"firing\"}");
        Assert.Equal("daily", firing[0].GetProperty("metric").GetProperty("pipeline").GetString());
        using var rules = JsonDocument.Parse(await prometheus.GetAsync("api/v1/rules"));
        var loaded = rules.RootElement.GetProperty("data").GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("rules").EnumerateArray()).ToList();
        Assert.Equal(6, loaded.Count);
        Assert.All(loaded, rule => Assert.Equal("ok", rule.GetProperty("health").GetString()));
    }

    /// <summary>The name of every instrument the process's meter has.</summary>
    private static HashSet<string> DefinedNames(ProcessMetrics metrics)
    {
        var names = new HashSet<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter == metrics.Instruments.Meter)
                {
                    names.Add(instrument.Name);
                }
            },
        };
        listener.Start();
        return names;
    }

    /// <summary>/metrics on 127.0.0.1 (a port the system picks), as `strata serve` serves it; remembers the metric names it served.</summary>
    private async Task<MetricsHost> MetricsHostAsync()
    {
        var host = new MetricsHost();
        (host.App, var address) = await LoopbackKestrel.StartAsync(app => app.MapGet("/metrics", async (HttpContext context) =>
        {
            var text = await metrics.Metrics.ExpositionAsync(metrics.Status, context.RequestAborted);
            host.Saw(text);
            return Results.Text(text, PrometheusText.ContentType);
        }));
        host.Authority = address.Authority;
        return host;
    }

    private sealed class MetricsHost : IAsyncDisposable
    {
        public WebApplication App { get; set; } = null!;

        private readonly HashSet<string> exposed = [];

        public string Authority { get; set; } = "";

        public IReadOnlyCollection<string> Exposed
        {
            get
            {
                lock (exposed)
                {
                    return [.. exposed];
                }
            }
        }

        public void Saw(string text)
        {
            lock (exposed)
            {
                exposed.UnionWith(Sample.Parse(text).Select(sample => Regex.Replace(sample.Name, "_(bucket|sum|count)$", "")));
            }
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
