using System.Globalization;
using System.Text.Json;
using Strata.Reports;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Cli;

/// <summary>
/// `strata bench` end to end on small data, against this class's real PostgreSQL (raw tier and archive) and embedded
/// ClickHouse. Row counts are checked against the stores themselves; the timings are only checked for consistency,
/// never for speed.
/// </summary>
public sealed class BenchCommandTests(TestDatabase postgres, EmptyTestDatabase archive, TestClickHouse clickHouse, TemporaryFolder folder)
    : IClassFixture<TestDatabase>, IClassFixture<EmptyTestDatabase>, IClassFixture<TestClickHouse>, IClassFixture<TemporaryFolder>
{
    private static readonly string[] StageKeys = ["name", "rows", "seconds", "rows_per_s", "peak_memory_mb", "raw_limit_seconds", "ratio"];

    private Dictionary<string, string> Env => new()
    {
        ["STRATA_POSTGRES"] = postgres.ConnectionString,
        ["STRATA_CLICKHOUSE"] = clickHouse.Location,
        ["STRATA_GREENPLUM"] = archive.ConnectionString,
        ["STRATA_DATA"] = folder.Root,
    };

    [Fact]
    public async Task Json_reports_every_stage_with_its_raw_limit_and_the_rows_the_stores_hold()
    {
        var run = await CliRun.InvokeAsync(Env, "bench", "--sales", "2000", "--reset", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["sales", "stages", "raw_limit", "ratio_to_raw_limit", "reports"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2000, root.GetProperty("sales").GetInt64());
        var stages = root.GetProperty("stages").EnumerateArray().ToDictionary(stage => stage.GetProperty("name").GetString()!);
        Assert.Equal(["generate", "ingest", "daily_load", "daily_increment", "monthly_archive", "reports"], stages.Keys);
        Assert.All(stages.Values, stage => Assert.Equal(StageKeys, stage.EnumerateObject().Select(p => p.Name)));
        Assert.All(stages.Values, stage => Assert.True(stage.GetProperty("peak_memory_mb").GetDouble() > 0));
        Assert.All(stages.Values, stage => Assert.True(stage.GetProperty("raw_limit_seconds").GetDouble() > 0));
        Assert.All(stages.Values, stage => Assert.Equal(
            stage.GetProperty("seconds").GetDouble() / stage.GetProperty("raw_limit_seconds").GetDouble(), stage.GetProperty("ratio").GetDouble(),
            0.005 + (stage.GetProperty("ratio").GetDouble() * 0.0001)));
        Assert.Equal(2000, Rows(stages["generate"]));
        Assert.Equal(2000, Rows(stages["ingest"]));
        Assert.Equal(2000, Rows(stages["daily_load"]));
        // The increment corrects the latest 3,000 sales (every one of 2,000) and adds as many new ones: the night's run
        // rebuilds every day, and loads all of them.
        Assert.Equal(await SalesInClickHouseAsync(""), Rows(stages["daily_increment"]));
        Assert.Equal(await SalesInArchiveAsync(), Rows(stages["monthly_archive"]));
        Assert.Equal(2000, await SalesInArchiveAsync());
        Assert.Equal(2000 + 2000, await SalesInPostgresAsync());
        Assert.Equal(await SalesInPostgresAsync(), await SalesInClickHouseAsync(""));

        var rawLimit = root.GetProperty("raw_limit");
        Assert.Equal(["seconds", "rows_per_s", "pull_seconds"], rawLimit.EnumerateObject().Select(p => p.Name));
        var pulls = rawLimit.GetProperty("pull_seconds").EnumerateArray().Select(pull => pull.GetDouble()).ToList();
        Assert.Equal(2, pulls.Count);
        Assert.Equal(pulls.Min(), rawLimit.GetProperty("seconds").GetDouble());
        Assert.Equal(stages["daily_load"].GetProperty("ratio").GetDouble(), root.GetProperty("ratio_to_raw_limit").GetDouble());
        var reports = root.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(ReportCatalogue.All.Count, reports.Count);
        Assert.Equal(ReportCatalogue.All.Count, Rows(stages["reports"]));
        Assert.All(reports, report => Assert.Equal(5, report.GetProperty("runs_ms").GetArrayLength()));
        Assert.All(reports, report => Assert.Equal(
            report.GetProperty("runs_ms").EnumerateArray().Max(ms => ms.GetDouble()), report.GetProperty("p95_ms").GetDouble()));
        Assert.Empty(await clickHouse.RowsAsync("SELECT name FROM system.tables WHERE database = currentDatabase() AND name = 'bench_raw_limit'"));
        Assert.Empty(await postgres.RowsAsync("SELECT 1 FROM pg_tables WHERE tablename = 'bench_copy_limit'"));
        Assert.Empty(await archive.RowsAsync("SELECT 1 FROM pg_tables WHERE tablename = 'bench_copy_limit'"));
        Assert.Equal(await postgres.RowsAsync("SELECT sum(quantity * price) FROM sales_data"), [await ClickHouseRevenueAsync()]);
    }

    [Fact]
    public async Task Refuses_stores_holding_data_unless_reset_which_empties_them_first()
    {
        Assert.Equal(0, (await CliRun.InvokeAsync(Env, "bench", "--sales", "300", "--reset", "--json", "--stages", "generate,ingest,daily_load")).ExitCode);

        var refused = await CliRun.InvokeAsync(Env, "bench", "--sales", "200", "--json", "--stages", "generate,ingest,daily_load");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("sales_data", refused.Error, StringComparison.Ordinal);
        Assert.Contains("fact_sales", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--reset", refused.Error, StringComparison.Ordinal);
        Assert.Equal((300, 300), (await SalesInPostgresAsync(), await SalesInClickHouseAsync("")));

        await postgres.Database.ExecuteAsync("TRUNCATE returns_data, sales_data, product_data, customer_data, quarantine, load_ledger", CancellationToken.None);
        var clickHouseOnly = await CliRun.InvokeAsync(Env, "bench", "--sales", "200", "--json", "--stages", "generate,ingest,daily_load");

        Assert.Equal(1, clickHouseOnly.ExitCode);
        Assert.DoesNotContain("sales_data", clickHouseOnly.Error, StringComparison.Ordinal);
        Assert.Contains("fact_sales", clickHouseOnly.Error, StringComparison.Ordinal);
        Assert.Equal(300, await SalesInClickHouseAsync(""));

        var reset = await CliRun.InvokeAsync(Env, "bench", "--sales", "200", "--reset", "--stages", "generate,ingest,daily_load");

        Assert.True(reset.ExitCode == 0, reset.Error);
        Assert.Contains("daily_load", reset.Out, StringComparison.Ordinal);
        Assert.Contains("raw limit", reset.Out, StringComparison.Ordinal);
        Assert.Equal((200, 200), (await SalesInPostgresAsync(), await SalesInClickHouseAsync("")));
    }

    [Fact]
    public async Task A_subset_of_stages_measures_again_over_what_the_stores_hold()
    {
        Assert.Equal(0, (await CliRun.InvokeAsync(Env, "bench", "--sales", "500", "--reset", "--json", "--stages", "generate,ingest,daily_load")).ExitCode);

        var again = await CliRun.InvokeAsync(Env, "bench", "--sales", "500", "--json", "--stages", "reports,daily_increment");

        Assert.True(again.ExitCode == 0, again.Error);
        using var json = JsonDocument.Parse(again.Out);
        Assert.Equal(["daily_increment", "reports"], json.RootElement.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("raw_limit").ValueKind);
        Assert.Equal(500 + 500, await SalesInClickHouseAsync(""));
    }

    [Theory]
    [InlineData("bench")]
    [InlineData("bench", "--sales", "0")]
    [InlineData("bench", "--sales", "many")]
    [InlineData("bench", "--sales", "10", "--stages", "ingest,tuning")]
    public async Task Bad_usage_exits_with_2(params string[] args)
    {
        var run = await CliRun.InvokeAsync(Env, args);

        Assert.Equal(2, run.ExitCode);
    }

    private static long Rows(JsonElement stage) => stage.GetProperty("rows").GetInt64();

    private async Task<long> SalesInPostgresAsync() =>
        long.Parse((await postgres.RowsAsync("SELECT count(*) FROM sales_data"))[0], CultureInfo.InvariantCulture);

    private async Task<long> SalesInArchiveAsync() =>
        long.Parse((await archive.RowsAsync("SELECT count(*) FROM historical_sales"))[0], CultureInfo.InvariantCulture);

    private async Task<long> SalesInClickHouseAsync(string where) =>
        Convert.ToInt64((await clickHouse.RowsAsync($"SELECT count() FROM fact_sales {where}"))[0][0], CultureInfo.InvariantCulture);

    private async Task<string> ClickHouseRevenueAsync() =>
        Convert.ToString((await clickHouse.RowsAsync("SELECT sum(revenue) FROM fact_sales"))[0][0], CultureInfo.InvariantCulture)!;
}
