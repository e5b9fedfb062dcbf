using System.Globalization;
using System.Text.Json;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Cli;

/// <summary>
/// `strata bench` end to end on small data, against this class's real PostgreSQL and embedded ClickHouse. Row counts
/// are checked against the stores themselves; the timings are only checked for consistency, never for speed.
/// </summary>
public sealed class BenchCommandTests(TestDatabase postgres, TestClickHouse clickHouse, TemporaryFolder folder)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IClassFixture<TemporaryFolder>
{
    private Dictionary<string, string> Env => new()
    {
        ["STRATA_POSTGRES"] = postgres.ConnectionString,
        ["STRATA_CLICKHOUSE"] = clickHouse.Location,
        ["STRATA_DATA"] = folder.Root,
    };

    [Fact]
    public async Task Json_reports_every_stage_with_the_rows_the_stores_hold_and_the_raw_limit()
    {
        var run = await CliRun.InvokeAsync(Env, "bench", "--sales", "2000", "--reset", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["sales", "stages", "raw_limit", "ratio_to_raw_limit"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2000, root.GetProperty("sales").GetInt64());
        var stages = root.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(["generate", "ingest", "daily_load"], stages.Select(s => s.GetProperty("name").GetString()));
        Assert.All(stages, stage => Assert.Equal(["name", "rows", "seconds", "rows_per_s", "peak_memory_mb"], stage.EnumerateObject().Select(p => p.Name)));
        Assert.All(stages, stage => Assert.True(stage.GetProperty("peak_memory_mb").GetDouble() > 0));
        Assert.Equal(2000, stages[0].GetProperty("rows").GetInt64());
        Assert.Equal(await SalesInPostgresAsync(), stages[1].GetProperty("rows").GetInt64());
        Assert.Equal(await SalesInClickHouseAsync(), stages[2].GetProperty("rows").GetInt64());
        Assert.Equal(2000, await SalesInClickHouseAsync());

        var rawLimit = root.GetProperty("raw_limit");
        Assert.Equal(["seconds", "rows_per_s", "pull_seconds"], rawLimit.EnumerateObject().Select(p => p.Name));
        var pulls = rawLimit.GetProperty("pull_seconds").EnumerateArray().Select(pull => pull.GetDouble()).ToList();
        Assert.Equal(2, pulls.Count);
        Assert.Equal(pulls.Min(), rawLimit.GetProperty("seconds").GetDouble());
        var expectedRatio = stages[2].GetProperty("seconds").GetDouble() / rawLimit.GetProperty("seconds").GetDouble();
        Assert.Equal(expectedRatio, root.GetProperty("ratio_to_raw_limit").GetDouble(), 0.005 + (expectedRatio * 0.001));
        Assert.Empty(await clickHouse.RowsAsync("SELECT name FROM system.tables WHERE database = currentDatabase() AND name = 'bench_raw_limit'"));
        Assert.Equal(await postgres.RowsAsync("SELECT sum(quantity * price) FROM sales_data"), [await ClickHouseRevenueAsync()]);
    }

    [Fact]
    public async Task Refuses_stores_holding_data_unless_reset_which_empties_them_first()
    {
        Assert.Equal(0, (await CliRun.InvokeAsync(Env, "bench", "--sales", "300", "--reset", "--json")).ExitCode);

        var refused = await CliRun.InvokeAsync(Env, "bench", "--sales", "200", "--json");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("sales_data", refused.Error, StringComparison.Ordinal);
        Assert.Contains("fact_sales", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--reset", refused.Error, StringComparison.Ordinal);
        Assert.Equal((300, 300), (await SalesInPostgresAsync(), await SalesInClickHouseAsync()));

        await postgres.Database.ExecuteAsync("TRUNCATE returns_data, sales_data, product_data, customer_data, quarantine, load_ledger", CancellationToken.None);
        var clickHouseOnly = await CliRun.InvokeAsync(Env, "bench", "--sales", "200", "--json");

        Assert.Equal(1, clickHouseOnly.ExitCode);
        Assert.DoesNotContain("sales_data", clickHouseOnly.Error, StringComparison.Ordinal);
        Assert.Contains("fact_sales", clickHouseOnly.Error, StringComparison.Ordinal);
        Assert.Equal(300, await SalesInClickHouseAsync());

        var reset = await CliRun.InvokeAsync(Env, "bench", "--sales", "200", "--reset");

        Assert.True(reset.ExitCode == 0, reset.Error);
        Assert.Contains("daily_load", reset.Out, StringComparison.Ordinal);
        Assert.Contains("raw limit", reset.Out, StringComparison.Ordinal);
        Assert.Equal((200, 200), (await SalesInPostgresAsync(), await SalesInClickHouseAsync()));
    }

    [Theory]
    [InlineData("bench")]
    [InlineData("bench", "--sales", "0")]
    [InlineData("bench", "--sales", "many")]
    public async Task Bad_usage_exits_with_2(params string[] args)
    {
        var run = await CliRun.InvokeAsync(Env, args);

        Assert.Equal(2, run.ExitCode);
    }

    private async Task<long> SalesInPostgresAsync() =>
        long.Parse((await postgres.RowsAsync("SELECT count(*) FROM sales_data"))[0], CultureInfo.InvariantCulture);

    private async Task<long> SalesInClickHouseAsync() =>
        Convert.ToInt64((await clickHouse.RowsAsync("SELECT count() FROM fact_sales"))[0][0], CultureInfo.InvariantCulture);

    private async Task<string> ClickHouseRevenueAsync() =>
        Convert.ToString((await clickHouse.RowsAsync("SELECT sum(revenue) FROM fact_sales"))[0][0], CultureInfo.InvariantCulture)!;
}
