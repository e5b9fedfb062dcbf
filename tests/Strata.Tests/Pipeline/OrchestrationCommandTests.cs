using System.Text.Json;
using Strata.Tests.Infrastructure;
using Strata.Tests.Warehouse.Daily;

namespace Strata.Tests.Pipeline;

/// <summary>`strata manifest`, `strata runs`, `strata backfill` in memory on real stores, as an operator or an orchestrator calls them.</summary>
public sealed class OrchestrationCommandTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private readonly DailyStores stores = new(postgres, clickHouse);

    private Dictionary<string, string> Env => new()
    {
        ["STRATA_POSTGRES"] = postgres.ConnectionString,
        ["STRATA_CLICKHOUSE"] = clickHouse.Location,
    };

    public Task InitializeAsync() => stores.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_manifest_declares_every_pipeline_with_its_schedule_steps_and_checks()
    {
        var run = await CliRun.InvokeAsync(new Dictionary<string, string> { ["STRATA_TIMEZONE"] = "Europe/Berlin" }, "manifest", "--json");

        Assert.Equal(0, run.ExitCode);
        using var manifest = JsonDocument.Parse(run.Out);
        var pipelines = manifest.RootElement.GetProperty("pipelines").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(["ingest", "daily", "monthly"], pipelines.Keys);
        var daily = pipelines["daily"];
        Assert.Equal("0 2 * * *", daily.GetProperty("schedule").GetProperty("cron").GetString());
        Assert.Equal("Europe/Berlin", daily.GetProperty("schedule").GetProperty("timezone").GetString());
        Assert.Equal("date", daily.GetProperty("partition").GetString());
        Assert.Equal("month", pipelines["monthly"].GetProperty("partition").GetString());
        var steps = daily.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["extract", "transform", "load", "reconcile"], steps.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(["name", "depends_on", "reads", "writes", "retries", "retry_delay_s", "timeout_s", "checks"],
            steps[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["transform"], steps[2].GetProperty("depends_on").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("raw.sales_data", steps[0].GetProperty("reads").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("warehouse.fact_sales", steps[2].GetProperty("writes").EnumerateArray().Select(d => d.GetString()));
        var declared = manifest.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToHashSet();
        var guarding = pipelines.Values.SelectMany(p => p.GetProperty("steps").EnumerateArray())
            .SelectMany(s => s.GetProperty("checks").EnumerateArray().Select(c => c.GetString())).ToList();
        Assert.Contains("fact_sales_revenue_is_quantity_times_price", guarding);
        Assert.All(guarding, name => Assert.Contains(name, declared));
    }

    [Fact]
    public async Task The_manifest_follows_the_returns_through_every_tier_from_the_step_that_writes_them_to_the_step_that_reads_them()
    {
        var run = await CliRun.InvokeAsync(new Dictionary<string, string>(), "manifest", "--json");

        Assert.Equal(0, run.ExitCode);
        using var manifest = JsonDocument.Parse(run.Out);
        var steps = manifest.RootElement.GetProperty("pipelines").EnumerateArray()
            .SelectMany(p => p.GetProperty("steps").EnumerateArray().Select(s => (
                Name: $"{p.GetProperty("name").GetString()}/{s.GetProperty("name").GetString()}",
                Reads: Names(s.GetProperty("reads")),
                Writes: Names(s.GetProperty("writes")))))
            .ToList();
        string Flow(string dataset) => string.Join(", ", steps.Where(s => s.Writes.Contains(dataset)).Select(s => s.Name))
            + " -> " + string.Join(", ", steps.Where(s => s.Reads.Contains(dataset)).Select(s => s.Name));

        Assert.Equal("ingest/load -> daily/extract", Flow("raw.returns_data"));
        Assert.Equal("daily/extract -> daily/load", Flow("warehouse.fact_returns_staging"));
        Assert.Equal("daily/load -> monthly/stage", Flow("warehouse.fact_returns"));
        Assert.Equal("monthly/stage -> monthly/swap", Flow("archive.stage_returns"));
        Assert.Equal("monthly/prepare, monthly/swap -> ", Flow("archive.historical_returns"));
    }

    private static List<string> Names(JsonElement datasets) => [.. datasets.EnumerateArray().Select(d => d.GetString()!)];

    [Fact]
    public async Task Runs_list_shows_every_pipeline_run_with_its_steps()
    {
        Assert.Equal(0, (await CliRun.InvokeAsync(Env, "run", "daily", "--date", "2024-03-01")).ExitCode);
        Assert.Equal(1, (await CliRun.InvokeAsync(Env, "run", "daily", "--date", "2024-03-02", "--step", "transform", "--run-id", "not-extracted")).ExitCode);

        var list = await CliRun.InvokeAsync(Env, "runs", "list", "--pipeline", "daily", "--json");

        Assert.Equal(0, list.ExitCode);
        using var document = JsonDocument.Parse(list.Out);
        var runs = document.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(["2024-03-02", "2024-03-01"], runs.Select(r => r.GetProperty("partition").GetString()));
        Assert.Equal(["run_id", "pipeline", "partition", "status", "trigger", "started_at", "finished_at", "attempts", "error", "steps"],
            runs[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["failed", "succeeded"], runs.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(["extract", "transform", "load", "reconcile"],
            runs[1].GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var step = runs[1].GetProperty("steps")[0];
        Assert.Equal(["name", "status", "attempt", "duration_ms", "rows_in", "rows_out", "peak_memory_mb", "error"],
            step.EnumerateObject().Select(p => p.Name));
        var show = await CliRun.InvokeAsync(Env, "runs", "show", runs[1].GetProperty("run_id").GetString()!, "--json");
        using var shown = JsonDocument.Parse(show.Out);
        Assert.Contains(shown.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "reconciliation_fact_sales");
    }

    [Fact]
    public async Task Backfill_plans_the_days_not_done_and_runs_them_in_one_set_based_run()
    {
        Assert.Equal(0, (await CliRun.InvokeAsync(Env, "run", "daily", "--date", "2024-03-03")).ExitCode);

        var plan = await CliRun.InvokeAsync(Env, "backfill", "--pipeline", "daily", "--from", "2024-03-01", "--to", "2024-03-05", "--dry-run", "--json");
        var backfill = await CliRun.InvokeAsync(Env, "backfill", "--pipeline", "daily", "--from", "2024-03-01", "--to", "2024-03-05", "--json");
        var again = await CliRun.InvokeAsync(Env, "backfill", "--pipeline", "daily", "--from", "2024-03-01", "--to", "2024-03-05", "--json");

        using var planned = JsonDocument.Parse(plan.Out);
        Assert.Equal(["2024-03-03"], planned.RootElement.GetProperty("done").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["2024-03-01..2024-03-02", "2024-03-04..2024-03-05"],
            planned.RootElement.GetProperty("to_run").EnumerateArray().Select(s => $"{s.GetProperty("from").GetString()}..{s.GetProperty("to").GetString()}"));
        Assert.Empty(planned.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal(0, backfill.ExitCode);
        using var done = JsonDocument.Parse(backfill.Out);
        Assert.Equal(["succeeded", "succeeded"], done.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        using var nothing = JsonDocument.Parse(again.Out);
        Assert.Empty(nothing.RootElement.GetProperty("to_run").EnumerateArray());
        Assert.Equal(["backfill", "backfill", "manual"], (await stores.PostgresRowsAsync(
            "SELECT trigger FROM strata_meta.runs WHERE pipeline = 'daily' ORDER BY trigger, partition_key")).Select(row => (string)row[0]!));
    }

    [Theory]
    [InlineData("backfill", "--pipeline", "daily", "--from", "2024-03-05", "--to", "2024-03-01")]
    [InlineData("backfill", "--pipeline", "monthly", "--from", "2024-13", "--to", "2024-14")]
    [InlineData("runs", "list", "--pipeline", "nightly")]
    [InlineData("check", "--pipeline", "daily", "--date", "tomorrow")]
    public async Task Bad_usage_exits_2_with_one_json_object(params string[] args)
    {
        var run = await CliRun.InvokeAsync(Env, [.. args, "--json"]);

        Assert.Equal(2, run.ExitCode);
        using var error = JsonDocument.Parse(run.Out);
        Assert.Equal("usage_error", error.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.RootElement.GetProperty("error").GetString()));
    }
}
