using System.Globalization;
using Strata.Monitoring.Metrics;
using Strata.Pipeline;
using Strata.Tests.Infrastructure;
using Strata.Tests.Warehouse.Daily;
using Strata.Warehouse.Daily;

namespace Strata.Tests.Monitoring;

/// <summary>
/// The metrics a run leaves for Prometheus, read back: the textfile node_exporter would read (checked by Debian's promtool)
/// and what a real Pushgateway on loopback serves after the push, each value equal to what the run history recorded.
/// </summary>
public sealed class MetricsExportTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime, IDisposable
{
    private static readonly DailyRange Day = DailyRange.Day(new DateOnly(2024, 3, 25));

    private readonly DailyStores stores = new(postgres, clickHouse);
    private readonly MetricsRun metrics = new(postgres, clickHouse);

    public Task InitializeAsync() => stores.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => metrics.Dispose();

    [Fact]
    public async Task A_run_leaves_a_textfile_and_a_push_whose_values_equal_the_run_history()
    {
        await using var gateway = await LoopbackProcess.StartAsync("prometheus-pushgateway", address => [$"--web.listen-address={address}"], "-/ready");
        var textfile = metrics.Folder.Path("textfile/strata.prom");
        var faults = 0;
        // The reconcile meets a transient fault once: one retry, and two attempts in the history.
        var summary = await metrics.RunAsync(Day, new DailyOptions
        {
            RetryDelay = TimeSpan.FromMilliseconds(10),
            Checkpoints = new Checkpoints((point, _) => point == Checkpoints.Before("reconcile") && Interlocked.Increment(ref faults) == 1
                ? throw new TimeoutException("a blip")
                : Task.CompletedTask),
        }, new MetricsSettings(textfile, gateway.Address));

        Assert.Equal(PipelineStatus.Succeeded, summary.Status);
        var checkedFile = await CheckMetricsAsync(textfile);
        Assert.True(checkedFile.ExitCode == 0, checkedFile.Out + checkedFile.Error);
        var samples = Sample.Parse(await File.ReadAllTextAsync(textfile));

        var attempts = await stores.PostgresRowsAsync(
            $"SELECT step, count(*), sum(duration_ms), sum(rows_in), sum(rows_out) FROM strata_meta.step_runs WHERE run_id = '{summary.RunId}' GROUP BY step");
        foreach (var row in attempts)
        {
            var step = (string)row[0]!;
            var status = ("status", PipelineStatus.Succeeded);
            var failedAttempts = samples.Where(s => s.Name == "strata_step_duration_seconds_count" && s.Has(("step", step), ("status",
                "failed"))).Sum(s => s.Value);
            Assert.Equal((long)row[1]!, samples.Value("strata_step_duration_seconds_count", ("step", step), status) + failedAttempts);
            var seconds = samples.Where(s => s.Name == "strata_step_duration_seconds_sum" && s.Has(("step", step))).Sum(s => s.Value);
            Assert.Equal(Convert.ToDouble(row[2], CultureInfo.InvariantCulture) / 1000, seconds, 6);
            Assert.Equal(Convert.ToDouble(row[3], CultureInfo.InvariantCulture), samples.Value("strata_rows_processed_total", ("step", step), ("direction",
                "in")));
            Assert.Equal(Convert.ToDouble(row[4], CultureInfo.InvariantCulture), samples.Value("strata_rows_processed_total", ("step", step), ("direction",
                "out")));
        }
        Assert.Equal(1, samples.Value("strata_step_retries_total", ("pipeline", "daily"), ("step", "reconcile")));
        Assert.Equal(1, samples.Value("strata_runs_total", ("pipeline", "daily"), ("status", "succeeded")));
        var history = await stores.PostgresRowsAsync(
            "SELECT (SELECT extract(epoch FROM max(finished_at)) FROM strata_meta.runs WHERE pipeline = 'daily' AND status = 'succeeded'), "
            + "(SELECT extract(epoch FROM max(sale_date)) FROM sales_data), "
            + "(SELECT count(DISTINCT check_name) FROM strata_meta.check_results WHERE run_id = " + $"'{summary.RunId}')");
        var lastSuccess = Convert.ToDouble(history[0][0], CultureInfo.InvariantCulture);
        Assert.Equal(lastSuccess, samples.Value("strata_last_success_timestamp_seconds", ("pipeline", "daily")), 3);
        Assert.Equal(0, samples.Value("strata_last_run_failed", ("pipeline", "daily")));
        Assert.Equal(Convert.ToDouble(history[0][1], CultureInfo.InvariantCulture), samples.Value("strata_tier_newest_sale_timestamp_seconds", ("tier",
            "postgres")), 3);
        Assert.Equal(Convert.ToInt64(history[0][2], CultureInfo.InvariantCulture), samples.Count(s => s.Name == "strata_check_failing" && s.Has(("pipeline",
            "daily"))));
        Assert.DoesNotContain(samples, sample => sample.Labels.Values.Any(value => value.Contains(summary.RunId.ToString(), StringComparison.Ordinal)));

        var pushed = Sample.Parse(await gateway.GetAsync("metrics"));
        Assert.Equal(lastSuccess, pushed.Value("strata_last_success_timestamp_seconds", ("job", "strata"), ("pipeline", "daily")), 3);
        Assert.Equal(1, pushed.Value("strata_step_retries_total", ("job", "strata"), ("step", "reconcile")));
    }

    [Fact]
    public async Task The_cli_writes_the_textfile_after_each_run()
    {
        var textfile = metrics.Folder.Path("cli/strata.prom");
        var run = await CliRun.InvokeAsync(new Dictionary<string, string>
        {
            ["STRATA_POSTGRES"] = postgres.ConnectionString,
            ["STRATA_CLICKHOUSE"] = clickHouse.Location,
            ["STRATA_GREENPLUM"] = postgres.ConnectionString,
            ["STRATA_METRICS_TEXTFILE"] = textfile,
        }, "run", "daily", "--date", "2024-03-25", "--json");

        Assert.Equal(0, run.ExitCode);
        var samples = Sample.Parse(await File.ReadAllTextAsync(textfile));
        Assert.Equal(0, samples.Value("strata_last_run_failed", ("pipeline", "daily")));
        Assert.True(samples.Value("strata_runs_total", ("pipeline", "daily"), ("status", "succeeded")) >= 1);
        Assert.Equal(1, samples.Value("strata_tier_up", ("tier", "clickhouse")));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(textfile)!, "*.partial"));
    }

    /// <summary>`promtool check metrics &lt; path`: the exposition parses, and follows Prometheus's naming conventions.</summary>
    private static async Task<ExternalTool> CheckMetricsAsync(string path)
    {
        var start = new System.Diagnostics.ProcessStartInfo("promtool", ["check", "metrics"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        await process.StandardInput.WriteAsync(await File.ReadAllTextAsync(path));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ExternalTool(process.ExitCode, await output, await error);
    }
}
