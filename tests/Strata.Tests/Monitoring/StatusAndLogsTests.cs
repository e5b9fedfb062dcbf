using System.Text.Json;
using Strata.Tests.Infrastructure;
using Strata.Tests.Warehouse.Daily;

namespace Strata.Tests.Monitoring;

/// <summary>`strata status` and the structured logs, through the CLI in memory on real stores.</summary>
public sealed class StatusAndLogsTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private readonly DailyStores stores = new(postgres, clickHouse);

    private Dictionary<string, string> Env => new()
    {
        ["STRATA_POSTGRES"] = postgres.ConnectionString,
        ["STRATA_CLICKHOUSE"] = clickHouse.Location,
        ["STRATA_GREENPLUM"] = postgres.ConnectionString,
    };

    public Task InitializeAsync() => stores.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Status_shows_each_tier_the_last_runs_and_what_to_do_after_a_failure()
    {
        Assert.Equal(0, (await CliRun.InvokeAsync(Env, "run", "daily", "--date", "2024-03-24")).ExitCode);
        await postgres.Database.ExecuteAsync("ALTER TABLE sales_data RENAME TO sales_data_away", CancellationToken.None);
        var failed = await CliRun.InvokeAsync(Env, "run", "daily", "--date", "2024-03-25", "--json");
        await postgres.Database.ExecuteAsync("ALTER TABLE sales_data_away RENAME TO sales_data", CancellationToken.None);

        var status = await CliRun.InvokeAsync(Env, "status", "--json");

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(0, status.ExitCode);
        using var report = JsonDocument.Parse(status.Out);
        var root = report.RootElement;
        Assert.Equal("attention", root.GetProperty("status").GetString());
        Assert.Equal(["postgres", "clickhouse", "greenplum"], root.GetProperty("tiers").EnumerateArray().Select(t => t.GetProperty("tier").GetString()));
        var clickHouseTier = root.GetProperty("tiers")[1];
        Assert.Equal("2024-03-24", clickHouseTier.GetProperty("newest_sale").GetDateTime().ToString("yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture));
        var daily = root.GetProperty("pipelines").EnumerateArray().Single(p => p.GetProperty("pipeline").GetString() == "daily");
        var runId = daily.GetProperty("last_run").GetProperty("run_id").GetString();
        Assert.Equal(("failed", "2024-03-25"), (daily.GetProperty("last_run").GetProperty("status").GetString(),
            daily.GetProperty("last_run").GetProperty("partition").GetString()));
        Assert.NotEqual(JsonValueKind.Null, daily.GetProperty("last_success_at").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, root.GetProperty("watermark").ValueKind);
        Assert.Contains(root.GetProperty("next_steps").EnumerateArray(), step => step.GetString()!.Contains($"strata runs show {runId}",
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task Status_exits_1_with_one_json_object_when_a_tier_cannot_be_reached()
    {
        var env = Env;
        env["STRATA_GREENPLUM"] = "Host=127.0.0.1;Port=5432;Username=strata;Password=strata;Database=strata_no_such_database;Timeout=5";

        var status = await CliRun.InvokeAsync(env, "status", "--json");

        Assert.Equal(1, status.ExitCode);
        using var report = JsonDocument.Parse(status.Out);
        Assert.Equal("unhealthy", report.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(report.RootElement.GetProperty("tiers")[2].GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Logs_are_json_lines_off_a_terminal_and_each_step_line_carries_its_measurements()
    {
        await postgres.Database.ExecuteAsync("ALTER TABLE sales_data RENAME TO sales_data_away", CancellationToken.None);
        var failed = await CliRun.InvokeAsync(Env, "run", "daily", "--date", "2024-03-25", "--json");
        await postgres.Database.ExecuteAsync("ALTER TABLE sales_data_away RENAME TO sales_data", CancellationToken.None);
        var text = await CliRun.InvokeAsync(Env, "run", "daily", "--date", "2024-03-25", "--log-format", "text");

        using var summary = JsonDocument.Parse(failed.Out);
        var lines = failed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
        var step = Assert.Single(lines, line => line.TryGetProperty("event", out var e) && e.GetString() == "StepFailed");
        Assert.Equal(["ts", "level", "category", "event", "message", "pipeline", "partition", "step", "duration_ms", "peak_memory_mb", "error", "error_code",
            "run_id"], step.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("daily", "2024-03-25", "extract"), (step.GetProperty("pipeline").GetString(), step.GetProperty("partition").GetString(),
            step.GetProperty("step").GetString()));
        // The missing table, as the engine that met it numbers it (ClickHouse pulls the raw tier through postgresql()).
        Assert.Matches("^(postgres_42P01|clickhouse_60)$", step.GetProperty("error_code").GetString());
        Assert.Equal(summary.RootElement.GetProperty("run_id").GetString(), step.GetProperty("run_id").GetString());

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("extract succeeded in", text.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"ts\"", text.Error, StringComparison.Ordinal);
    }
}
