using System.Text.Json;
using Strata.Pipeline.Graph;
using Strata.Tests.Infrastructure;
using Strata.Tests.Warehouse.Daily;

namespace Strata.Tests.Orchestration;

/// <summary>
/// The CLI as Dagster's PipesSubprocessClient launches it (DAGSTER_PIPES_CONTEXT and DAGSTER_PIPES_MESSAGES set), on
/// real stores: the message stream of a successful and of a failed run, held to the shapes of the dagster-pipes protocol
/// (0.1): "opened" first, "closed" last (with the exception when the run failed), typed metadata, asset checks; and the
/// JSON summary alone on stdout all the while.
/// </summary>
public sealed class DagsterPipesTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime, IDisposable
{
    private static readonly string[] Methods = ["opened", "closed", "log", "report_asset_materialization", "report_asset_check"];

    private static readonly string[] MetadataTypes = ["__infer__", "text", "url", "path", "notebook", "json", "md", "float", "int", "bool",
        "dagster_run", "asset", "null", "table", "table_schema", "table_column_lineage", "timestamp"];

    private readonly DailyStores stores = new(postgres, clickHouse);

    private readonly TemporaryFolder folder = new();

    public Task InitializeAsync() => stores.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_successful_run_reports_every_step_as_a_materialization_and_every_check_as_an_asset_check()
    {
        var messagesFile = folder.Path("messages");
        var runId = Guid.NewGuid().ToString();
        // The whole run in one process, as a team running the CLI from one multi-asset op would: the context names every step's asset.
        var contextFile = folder.Write("context.json", JsonSerializer.Serialize(
            DagsterLaunch.Context(["daily/extract", "daily/transform", "daily/load", "daily/reconcile"], "2024-03-25", runId)));

        var run = await CliRun.InvokeAsync(Pipes(new { path = contextFile }, new { path = messagesFile }),
            "run", "daily", "--date", "2024-03-25", "--run-id", runId, "--trigger", "orchestrator", "--json");

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Out);
        var messages = DagsterLaunch.Messages(await File.ReadAllLinesAsync(messagesFile));
        AssertProtocolShapes(messages);
        Assert.Equal("opened", Method(messages[0]));
        Assert.Equal("closed", Method(messages[^1]));
        Assert.Equal("{}", messages[^1].GetProperty("params").GetRawText());
        Assert.Contains(messages, m => Method(m) == "log" && m.GetProperty("params").GetProperty("level").GetString() == "INFO"
            && m.GetProperty("params").GetProperty("message").GetString()!.Contains("extract succeeded", StringComparison.Ordinal));

        var materialized = messages.Where(m => Method(m) == "report_asset_materialization").Select(m => m.GetProperty("params")).ToList();
        Assert.Equal(["daily/extract", "daily/transform", "daily/load", "daily/reconcile"], materialized.Select(p => p.GetProperty("asset_key").GetString()));
        var load = materialized[2].GetProperty("metadata");
        var steps = summary.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(("int", steps[2].GetProperty("rows_out").GetInt64()), Typed(load, "rows_out", value => value.GetInt64()));
        Assert.Equal(("int", steps[2].GetProperty("rows_in").GetInt64()), Typed(load, "rows_in", value => value.GetInt64()));
        Assert.Equal("float", load.GetProperty("duration_s").GetProperty("type").GetString());
        Assert.True(Typed(load, "peak_memory_mb", value => value.GetDouble()) is ("float", > 0));
        Assert.Equal(("text", "2024-03-25"), Typed(load, "partition", value => value.GetString()));

        var checks = messages.Where(m => Method(m) == "report_asset_check").Select(m => m.GetProperty("params")).ToList();
        var reported = summary.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(reported.Count, checks.Count);
        Assert.Equal(reported.Select(c => c.GetProperty("name").GetString()), checks.Select(c => c.GetProperty("check_name").GetString()));
        // Dagster fails a step on a check result its check_specs do not declare; the code location declares the manifest's checks of each step.
        var daily = Manifest.From(PipelineCatalogue.In("UTC")).Pipelines.Single(pipeline => pipeline.Name == "daily");
        Assert.All(checks, c => Assert.Contains(c.GetProperty("check_name").GetString()!,
            daily.Steps.Single(step => $"daily/{step.Name}" == c.GetProperty("asset_key").GetString()).Checks));
        var reconciliation = Assert.Single(checks, c => c.GetProperty("check_name").GetString() == "reconciliation_fact_sales");
        Assert.Equal(("daily/reconcile", true, "ERROR"), (reconciliation.GetProperty("asset_key").GetString(),
            reconciliation.GetProperty("passed").GetBoolean(),
            reconciliation.GetProperty("severity").GetString()));
        Assert.Equal("WARN", Assert.Single(checks, c => c.GetProperty("check_name").GetString() == "volume_sales_data").GetProperty("severity").GetString());
        Assert.Equal("daily/extract", checks[0].GetProperty("asset_key").GetString());
        Assert.Equal("int", reconciliation.GetProperty("metadata").GetProperty("failing_rows").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_failed_step_reports_its_failed_check_and_closes_with_the_exception()
    {
        var runId = "scheduled__2024-03-26T02:00:00+00:00";
        var env = new Dictionary<string, string> { ["STRATA_POSTGRES"] = postgres.ConnectionString, ["STRATA_CLICKHOUSE"] = clickHouse.Location };
        foreach (var step in (string[])["extract", "transform", "load"])
        {
            Assert.Equal(0, (await CliRun.InvokeAsync(env, "run", "daily", "--date", "2024-03-25", "--step", step, "--run-id", runId)).ExitCode);
        }
        // The warehouse now disagrees with the raw tier: the reconcile step's blocking check fails.
        await clickHouse.Engine.ExecuteAsync("ALTER TABLE fact_sales UPDATE revenue = revenue + 1 WHERE sale_id = (SELECT min(sale_id) FROM fact_sales) "
            + "SETTINGS mutations_sync = 2", null, CancellationToken.None);

        // The context inline ("data"), the messages on stderr ("stdio"), between the log lines.
        var run = await CliRun.InvokeAsync(Pipes(new { data = DagsterLaunch.Context(["daily/reconcile"], "2024-03-25", runId) }, new { stdio = "stderr" }),
            "run", "daily", "--date", "2024-03-25", "--step", "reconcile", "--run-id", runId, "--trigger", "orchestrator", "--json");

        Assert.Equal(1, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal("failed", summary.RootElement.GetProperty("status").GetString());
        var messages = DagsterLaunch.Messages(run.Error.Split('\n'));
        AssertProtocolShapes(messages);
        Assert.Equal("opened", Method(messages[0]));
        Assert.Equal("closed", Method(messages[^1]));
        Assert.DoesNotContain(messages, m => Method(m) == "report_asset_materialization");
        var check = Assert.Single(messages, m => Method(m) == "report_asset_check").GetProperty("params");
        Assert.Equal(("daily/reconcile", "reconciliation_fact_sales", false, "ERROR"), (check.GetProperty("asset_key").GetString(),
            check.GetProperty("check_name").GetString(), check.GetProperty("passed").GetBoolean(), check.GetProperty("severity").GetString()));
        Assert.True(Typed(check.GetProperty("metadata"), "failing_rows", value => value.GetInt64()) is ("int", > 0));
        var exception = messages[^1].GetProperty("params").GetProperty("exception");
        Assert.Equal("CheckFailedException", exception.GetProperty("name").GetString());
        Assert.Contains("reconciliation_fact_sales", exception.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, exception.GetProperty("stack").ValueKind);
        Assert.Contains(messages, m => Method(m) == "log" && m.GetProperty("params").GetProperty("level").GetString() == "ERROR");
    }

    [Fact]
    public async Task A_command_that_fails_before_any_run_still_opens_and_closes_with_the_exception()
    {
        var messagesFile = folder.Path("messages");
        var env = Pipes(new { data = DagsterLaunch.Context(["daily/extract"], "2024-03-25", "r") }, new { path = messagesFile });
        env["STRATA_POSTGRES"] = "Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=nothing;Timeout=2";

        var run = await CliRun.InvokeAsync(env, "run", "daily", "--date", "2024-03-25", "--json");

        Assert.Equal(1, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Out);
        var messages = DagsterLaunch.Messages(await File.ReadAllLinesAsync(messagesFile));
        AssertProtocolShapes(messages);
        Assert.Equal(["opened", "closed"], messages.Where(m => Method(m) != "log").Select(Method));
        Assert.False(string.IsNullOrEmpty(messages[^1].GetProperty("params").GetProperty("exception").GetProperty("message").GetString()));
    }

    private Dictionary<string, string> Pipes(object context, object messages) => new()
    {
        ["STRATA_POSTGRES"] = postgres.ConnectionString,
        ["STRATA_CLICKHOUSE"] = clickHouse.Location,
        ["DAGSTER_PIPES_CONTEXT"] = DagsterLaunch.Encode(context),
        ["DAGSTER_PIPES_MESSAGES"] = DagsterLaunch.Encode(messages),
    };

    private static string Method(JsonElement message) => message.GetProperty("method").GetString()!;

    private static (string? Type, T Value) Typed<T>(JsonElement metadata, string key, Func<JsonElement, T> read) =>
        (metadata.GetProperty(key).GetProperty("type").GetString(), read(metadata.GetProperty(key).GetProperty("raw_value")));

    /// <summary>Every message as dagster-pipes defines it (PipesMessage, and each method's params), and nothing else.</summary>
    private static void AssertProtocolShapes(List<JsonElement> messages)
    {
        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            Assert.Equal(["__dagster_pipes_version", "method", "params"], message.EnumerateObject().Select(p => p.Name));
            Assert.Equal("0.1", message.GetProperty("__dagster_pipes_version").GetString());
            Assert.Contains(Method(message), Methods);
            var parameters = message.GetProperty("params");
            var keys = parameters.EnumerateObject().Select(p => p.Name).ToList();
            switch (Method(message))
            {
                case "opened":
                    Assert.Equal(["extras"], keys);
                    break;
                case "closed" when keys.Count > 0:
                    Assert.Equal(["exception"], keys);
                    Assert.Equal(["message", "stack", "name", "cause", "context"],
                        parameters.GetProperty("exception").EnumerateObject().Select(p => p.Name));
                    break;
                case "log":
                    Assert.Equal(["message", "level"], keys);
                    Assert.Contains(parameters.GetProperty("level").GetString(), (string[])["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]);
                    break;
                case "report_asset_materialization":
                    Assert.Equal(["asset_key", "data_version", "metadata"], keys);
                    AssertTypedMetadata(parameters.GetProperty("metadata"));
                    break;
                case "report_asset_check":
                    Assert.Equal(["asset_key", "check_name", "passed", "severity", "metadata"], keys);
                    Assert.Contains(parameters.GetProperty("severity").GetString(), (string[])["ERROR", "WARN"]);
                    Assert.True(parameters.GetProperty("passed").ValueKind is JsonValueKind.True or JsonValueKind.False);
                    AssertTypedMetadata(parameters.GetProperty("metadata"));
                    break;
            }
        }
        Assert.Single(messages, m => Method(m) == "opened");
        Assert.Single(messages, m => Method(m) == "closed");
    }

    private static void AssertTypedMetadata(JsonElement metadata)
    {
        foreach (var entry in metadata.EnumerateObject())
        {
            Assert.Equal(["raw_value", "type"], entry.Value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            var type = entry.Value.GetProperty("type").GetString();
            Assert.Contains(type, MetadataTypes);
            var kind = entry.Value.GetProperty("raw_value").ValueKind;
            Assert.True(type switch
            {
                "int" => kind == JsonValueKind.Number && entry.Value.GetProperty("raw_value").TryGetInt64(out _),
                "float" => kind == JsonValueKind.Number,
                "text" => kind == JsonValueKind.String,
                _ => true,
            }, $"{entry.Name}: a {type} holding {kind}");
        }
    }
}
