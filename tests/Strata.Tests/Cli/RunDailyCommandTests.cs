using System.Text.Json;
using Npgsql;
using Strata.Tests.Warehouse.Daily;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Cli;

public sealed class RunDailyCommandTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private readonly DailyStores stores = new(postgres, clickHouse);

    private Dictionary<string, string> Env => new() { ["STRATA_POSTGRES"] = postgres.ConnectionString, ["STRATA_CLICKHOUSE"] = clickHouse.Location };

    public Task InitializeAsync() => stores.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Json_summary_has_status_dates_steps_and_reconciliation()
    {
        var run = await CliRun.InvokeAsync(Env, "run", "daily", "--from", "2024-03-01", "--to", "2024-03-02", "--json");

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Out);
        var root = summary.RootElement;
        Assert.Equal("succeeded", root.GetProperty("status").GetString());
        Assert.Equal(["2024-03-01", "2024-03-02"], root.GetProperty("dates").EnumerateArray().Select(d => d.GetString()));
        var step = root.GetProperty("steps")[0];
        Assert.Equal(["name", "status", "duration_ms", "rows_in", "rows_out", "peak_memory_mb", "error"], step.EnumerateObject().Select(p => p.Name));
        Assert.True(step.GetProperty("peak_memory_mb").GetDouble() > 0);
        Assert.True(root.GetProperty("reconciliation").GetProperty("matched").GetBoolean());
    }

    [Fact]
    public async Task A_failed_run_still_prints_its_summary_and_exits_with_1()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        var run = await CliRun.InvokeAsync(
            new Dictionary<string, string>(Env) { ["STRATA_POSTGRES"] = unreachable }, "run", "daily", "--date", "2024-03-01", "--json");

        Assert.Equal(1, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal("failed", summary.RootElement.GetProperty("status").GetString());
        Assert.Equal(["failed", "skipped", "skipped", "skipped"],
            summary.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("run", "daily")]
    [InlineData("run", "daily", "--date", "2024-03-01", "--from", "2024-03-01", "--to", "2024-03-02")]
    [InlineData("run", "daily", "--from", "2024-03-01")]
    [InlineData("run", "daily", "--date", "yesterday")]
    public async Task Bad_usage_exits_with_2(params string[] args)
    {
        var run = await CliRun.InvokeAsync(Env, args);

        Assert.Equal(2, run.ExitCode);
    }
}
