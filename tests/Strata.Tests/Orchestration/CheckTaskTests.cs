using System.Text.Json;
using Strata.Tests.Infrastructure;
using Strata.Tests.Warehouse.Daily;

namespace Strata.Tests.Orchestration;

/// <summary>
/// `strata check --step S`, the generated DAG's check task between the transform and the load: exactly the checks that
/// guard S, read as the runner reads them right after S (the transform's from the staging copies the load will swap in).
/// </summary>
public sealed class CheckTaskTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private const string RunId = "scheduled__2024-03-26T02:00:00+00:00";

    private readonly DailyStores stores = new(postgres, clickHouse);

    private Dictionary<string, string> Env => new() { ["STRATA_POSTGRES"] = postgres.ConnectionString, ["STRATA_CLICKHOUSE"] = clickHouse.Location };

    public Task InitializeAsync() => stores.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_check_task_judges_the_staging_copies_the_load_is_about_to_swap_in()
    {
        foreach (var step in (string[])["extract", "transform"])
        {
            Assert.Equal(0, (await CliRun.InvokeAsync(Env, "run", "daily", "--date", "2024-03-25", "--step", step, "--run-id", RunId)).ExitCode);
        }
        var passing = await CliRun.InvokeAsync(Env, "check", "--pipeline", "daily", "--date", "2024-03-25", "--step", "transform", "--json");
        // Between the transform and the check task, a staged fact loses its price: the load must not run.
        await clickHouse.Engine.ExecuteAsync("INSERT INTO fact_sales_staging SELECT * REPLACE (revenue + 1 AS revenue) FROM fact_sales_staging "
            + "WHERE sale_id = (SELECT max(sale_id) FROM fact_sales_staging)", null, CancellationToken.None);

        var failing = await CliRun.InvokeAsync(Env, "check", "--pipeline", "daily", "--date", "2024-03-25", "--step", "transform", "--json");

        Assert.Equal(0, passing.ExitCode);
        using var passed = JsonDocument.Parse(passing.Out);
        var names = passed.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
        Assert.Equal([.. Strata.Pipeline.Graph.PipelineCatalogue.Daily.Step("transform").Checks], names);
        Assert.Equal(1, failing.ExitCode);
        using var failed = JsonDocument.Parse(failing.Out);
        Assert.False(failed.RootElement.GetProperty("passed").GetBoolean());
        Assert.Contains(failed.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "unique_fact_sales_sale_id"
            && !c.GetProperty("passed").GetBoolean());
        Assert.Contains(failed.RootElement.GetProperty("checks").EnumerateArray(), c =>
            c.GetProperty("name").GetString() == "fact_sales_revenue_is_quantity_times_price" && c.GetProperty("failing_rows").GetInt64() == 1);
    }

    [Theory]
    [InlineData("daily", "load")]
    [InlineData("monthly", "extract")]
    public async Task A_step_without_checks_is_bad_usage(string pipeline, string step)
    {
        var run = await CliRun.InvokeAsync(Env, "check", "--pipeline", pipeline, "--step", step, "--json");

        Assert.Equal(2, run.ExitCode);
        using var error = JsonDocument.Parse(run.Out);
        Assert.Contains("steps with checks", error.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
