using System.Text.Json;
using Strata.ClickHouse.Embedded;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Web;

/// <summary>
/// While `strata serve` holds the embedded store, commands typed in their own process are carried out by the server:
/// each prints what it prints when it opens a store itself, and exits the same way. (Nothing else could have answered:
/// the server holds the store, so a command opening it itself would be refused.)
/// </summary>
public sealed class ForwardingTests(ServedStore stores) : IClassFixture<ServedStore>
{
    [Theory]
    [InlineData("query", "--tier", "clickhouse", "--format", "csv", "SELECT number, toString(number * 2) AS twice FROM numbers(3)")]
    [InlineData("query", "--tier", "clickhouse", "SELECT number AS n, 'ä|b' AS text FROM numbers(2)")]
    [InlineData("query", "--tier", "clickhouse", "SELECT * FROM no_such_table")]
    [InlineData("--json", "query", "--tier", "clickhouse", "SELECT * FROM no_such_table")]
    [InlineData("query", "--tier", "clickhouse", "--json", "SELECT 42 AS answer")]
    [InlineData("query", "--tier", "nowhere", "SELECT 1")]
    public async Task A_query_prints_and_exits_as_it_does_alone(params string[] args)
    {
        var alone = await StrataProcess.RunAsync(stores.Alone, args);
        var served = await StrataProcess.RunAsync(stores.Served, args);

        Assert.Equal((alone.ExitCode, alone.Out, alone.Error), (served.ExitCode, served.Out, served.Error));
        using var holder = JsonDocument.Parse(File.ReadAllText(Path.Combine(stores.Server.Store, StoreHolder.FileName)));
        Assert.Equal(stores.Server.Pid, holder.RootElement.GetProperty("pid").GetInt32());
    }

    [Fact]
    public async Task A_daily_run_goes_through_the_server_with_its_summary_and_logs()
    {
        var run = await StrataProcess.RunAsync(stores.Served, ["run", "daily", "--date", "2024-03-01", "--json"]);

        Assert.True(run.ExitCode == 0, run.Error);
        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal("succeeded", summary.RootElement.GetProperty("status").GetString());
        Assert.Contains("extract succeeded", run.Error, StringComparison.Ordinal);
        var runId = summary.RootElement.GetProperty("run_id").GetGuid();
        var ranIn = await stores.Raw.RowsAsync($"SELECT process_id FROM strata_meta.runs WHERE run_id = '{runId}'");
        Assert.Equal([stores.Server.Pid.ToString()], ranIn);
    }

    [Fact]
    public async Task A_failing_daily_run_fails_the_same_way_through_the_server()
    {
        await using var unmigrated = new EmptyTestDatabase();
        await unmigrated.InitializeAsync();
        var args = new[] { "run", "daily", "--date", "2024-03-01", "--json" };

        var alone = await StrataProcess.RunAsync(new Dictionary<string, string>(stores.Alone) { ["STRATA_POSTGRES"] = unmigrated.ConnectionString }, args);
        var served = await StrataProcess.RunAsync(new Dictionary<string, string>(stores.Served) { ["STRATA_POSTGRES"] = unmigrated.ConnectionString }, args);

        Assert.Equal(1, alone.ExitCode);
        Assert.Equal(1, served.ExitCode);
        Assert.Equal(Outcome(alone.Out), Outcome(served.Out));
        // Which missing table the extract meets first depends on the order its concurrent pulls fail in.
        Assert.Contains("does not exist", served.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_usage_is_exit_2_with_one_json_object_through_the_server()
    {
        var served = await StrataProcess.RunAsync(stores.Served, ["run", "daily", "--date", "yesterday", "--json"]);

        Assert.Equal(2, served.ExitCode);
        using var failure = JsonDocument.Parse(served.Out);
        Assert.Equal("usage_error", failure.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ingest_reads_a_relative_path_in_the_callers_folder()
    {
        using var caller = new TemporaryFolder();
        Directory.CreateDirectory(caller.Path("drop"));
        caller.Write(Path.Combine("drop", "customer_data.csv"),
            "customer_id,age,gender,city,region,country,registration_date\n9001,30,F,Berlin,Berlin,Germany,2023-05-01\n");

        var run = await StrataProcess.RunAsync(stores.Served, ["ingest", "drop", "--json"], workingDirectory: caller.Root);

        Assert.True(run.ExitCode == 0, run.Error);
        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal(1, summary.RootElement.GetProperty("tables").GetProperty("customer_data").GetProperty("loaded").GetInt64());
    }

    [Fact]
    public async Task A_second_server_on_the_store_is_refused_naming_the_first()
    {
        var second = await StrataProcess.RunAsync(stores.Served, ["serve", "--port", TestPorts.Next().ToString(), "--no-scheduler", "--json"]);

        Assert.Equal(1, second.ExitCode);
        using var failure = JsonDocument.Parse(second.Out);
        var error = failure.RootElement.GetProperty("error").GetString()!;
        Assert.Contains($"pid {stores.Server.Pid} (strata serve --port", error, StringComparison.Ordinal);
        Assert.Contains("is in use by another process", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_says_each_tier_is_reachable()
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(stores.Server.Lease.Url, "/health"));
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(["postgres:True", "clickhouse:True", "greenplum:True"], health.RootElement.GetProperty("tiers").EnumerateObject()
            .Select(tier => $"{tier.Name}:{tier.Value.GetProperty("reachable").GetBoolean()}"));
    }

    /// <summary>A run's outcome without what differs from run to run (its id, durations, memory, the wording of its error).</summary>
    private static string Outcome(string json)
    {
        using var summary = JsonDocument.Parse(json);
        var steps = summary.RootElement.GetProperty("steps").EnumerateArray()
            .Select(step => $"{step.GetProperty("name").GetString()}:{step.GetProperty("status").GetString()}:{step.GetProperty("error").ValueKind}");
        return $"{summary.RootElement.GetProperty("status").GetString()} {string.Join(", ", steps)}";
    }
}
