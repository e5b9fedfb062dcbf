using System.Text.Json;
using Strata.Pipeline.Graph;
using Strata.Quality;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Orchestration;

/// <summary>
/// The Airflow DAGs and the Dagster code location checked in under orchestration/: what the manifest generates
/// (`strata orchestration generate --check`), compiled by Python (py_compile) and held to the manifest through their
/// syntax trees (Python's ast, inspect_orchestration.py: neither Airflow nor Dagster can be installed here).
/// </summary>
public sealed class OrchestrationFilesTests : IDisposable
{
    /// <summary>Debian's Python, which the setup installs (scripts/setup.sh).</summary>
    private const string Python = "/usr/bin/python3";

    private static readonly Dictionary<string, string> Utc = new() { ["STRATA_TIMEZONE"] = "UTC" };

    private static readonly Manifest Manifest = Manifest.From(PipelineCatalogue.In("UTC"));

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_checked_in_files_are_what_the_manifest_generates()
    {
        var run = await CliRun.InvokeAsync(Utc, "orchestration", "generate", "--check", "--out", RepositoryFiles.PathOf("orchestration"), "--json");

        Assert.True(run.ExitCode == 0, $"orchestration/ is stale: run `./strata.sh orchestration generate`.\n{run.Out}");
        using var report = JsonDocument.Parse(run.Out);
        Assert.All(report.RootElement.GetProperty("files").EnumerateArray(), file => Assert.Equal("unchanged", file.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Check_exits_1_when_a_file_differs_is_missing_or_is_no_longer_generated_and_generate_brings_them_back()
    {
        var root = folder.Root;
        Assert.Equal(0, (await CliRun.InvokeAsync(Utc, "orchestration", "generate", "--out", root, "--json")).ExitCode);
        await File.AppendAllTextAsync(Path.Combine(root, "airflow/dags/strata_daily.py"), "# edited by hand\n");
        File.Delete(Path.Combine(root, "dagster/strata_dagster/definitions.py"));
        await File.WriteAllTextAsync(Path.Combine(root, "airflow/dags/strata_nightly.py"), "# a pipeline that is gone\n");

        var stale = await CliRun.InvokeAsync(Utc, "orchestration", "generate", "--check", "--out", root, "--json");
        var generated = await CliRun.InvokeAsync(Utc, "orchestration", "generate", "--out", root, "--json");
        var fresh = await CliRun.InvokeAsync(Utc, "orchestration", "generate", "--check", "--out", root, "--json");

        Assert.Equal(1, stale.ExitCode);
        using var report = JsonDocument.Parse(stale.Out);
        var states = report.RootElement.GetProperty("files").EnumerateArray()
            .Where(file => file.GetProperty("status").GetString() != "unchanged")
            .ToDictionary(file => file.GetProperty("path").GetString()!, file => file.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string?>
        {
            ["airflow/dags/strata_daily.py"] = "differs",
            ["dagster/strata_dagster/definitions.py"] = "missing",
            ["airflow/dags/strata_nightly.py"] = "not_generated",
        }, states);
        Assert.Equal(0, generated.ExitCode);
        Assert.Equal(0, fresh.ExitCode);
        Assert.False(File.Exists(Path.Combine(root, "airflow/dags/strata_nightly.py")));
        // Another time zone is another schedule: the files say which one they were generated for.
        var berlin = await CliRun.InvokeAsync(new Dictionary<string, string> { ["STRATA_TIMEZONE"] = "Europe/Berlin" },
            "orchestration", "generate", "--check", "--out", root, "--json");
        Assert.Equal(1, berlin.ExitCode);
    }

    [Fact]
    public async Task Every_airflow_dag_compiles_and_has_a_task_per_step_with_its_retries_schedule_and_order()
    {
        var inspected = await InspectAsync();

        Assert.Equal(Manifest.Pipelines.Select(p => $"strata_{p.Name}").Order(),
            inspected.GetProperty("airflow").EnumerateObject().Select(d => d.Name).Order());
        foreach (var pipeline in Manifest.Pipelines)
        {
            var dag = inspected.GetProperty("airflow").GetProperty($"strata_{pipeline.Name}");
            Assert.Empty(dag.GetProperty("unresolved_imports").EnumerateArray());
            Assert.Equal($"strata_{pipeline.Name}", dag.GetProperty("dag_id").GetString());
            var schedule = dag.GetProperty("schedule");
            Assert.Equal(("CronDataIntervalTimetable", pipeline.Schedule.Cron, pipeline.Schedule.Timezone), (schedule.GetProperty("call").GetString(),
                schedule.GetProperty("args")[0].GetString(), schedule.GetProperty("kwargs").GetProperty("timezone").GetString()));
            Assert.False(dag.GetProperty("catchup").GetBoolean());
            Assert.Equal(1, dag.GetProperty("max_active_runs").GetInt32());
            var tasks = dag.GetProperty("tasks");
            foreach (var step in pipeline.Steps)
            {
                var task = tasks.GetProperty(step.Name);
                Assert.Equal(StepCommand(pipeline, step), Strings(task.GetProperty("arguments")));
                Assert.Equal(step.Retries, task.GetProperty("retries").GetInt32());
                Assert.Equal(step.RetryDelayS, task.GetProperty("retry_delay_s").GetInt32());
                // Airflow's limit leaves the CLI room for all its own attempts, each within the step's timeout.
                Assert.True(task.GetProperty("execution_timeout_s").GetInt64() >= (step.Retries + 1L) * step.TimeoutS);
            }
            var last = pipeline.Steps[^1];
            Assert.Equal([$"pipeline_asset('{pipeline.Name}')"], Strings(tasks.GetProperty(last.Name).GetProperty("outlets")));
            Assert.Equal(pipeline.Partition == "none" ? null : $"record_partition(pipeline_asset('{pipeline.Name}'), '{pipeline.Partition}')",
                tasks.GetProperty(last.Name).GetProperty("post_execute").GetString());
            AssertOrder(pipeline, dag);
        }
        var daily = inspected.GetProperty("airflow").GetProperty("strata_daily");
        Assert.Equal(["check", "--pipeline", "daily", "--date", "$DAY", "--step", "transform", "--json"],
            Strings(daily.GetProperty("tasks").GetProperty("transform_checks").GetProperty("arguments")));
        var monthly = inspected.GetProperty("airflow").GetProperty("strata_monthly");
        Assert.Equal(["pipeline_asset('daily')", "'date'", "'month'"],
            Strings(monthly.GetProperty("tasks").GetProperty("wait_for_daily").GetProperty("sensor")));
        Assert.Contains(Edges(monthly), edge => edge is ["wait_for_daily", "prepare"]);
        Assert.DoesNotContain(inspected.GetProperty("airflow").GetProperty("strata_ingest").GetProperty("tasks").EnumerateObject(),
            task => task.Name.StartsWith("wait_for", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_dagster_code_location_compiles_and_has_an_asset_per_step_with_its_checks_retries_partitions_and_schedule()
    {
        var inspected = await InspectAsync();

        var dagster = inspected.GetProperty("dagster");
        Assert.Empty(dagster.GetProperty("unresolved_imports").EnumerateArray());
        Assert.Contains("dagster/strata_dagster/definitions.py", Strings(inspected.GetProperty("compiled")));
        var assets = dagster.GetProperty("assets");
        Assert.Equal(Manifest.Pipelines.Sum(p => p.Steps.Count), assets.EnumerateObject().Count());
        Assert.Equal(assets.EnumerateObject().Count(), dagster.GetProperty("defined").GetProperty("assets").GetArrayLength());
        foreach (var pipeline in Manifest.Pipelines)
        {
            foreach (var step in pipeline.Steps)
            {
                var asset = assets.GetProperty($"{pipeline.Name}/{step.Name}");
                Assert.Equal(pipeline.Name, asset.GetProperty("group").GetString());
                Assert.Equal(pipeline.Partition switch { "date" => "$DAILY", "month" => "$MONTHLY", _ => null },
                    asset.GetProperty("partitions").ValueKind == JsonValueKind.Null ? null : asset.GetProperty("partitions").GetString());
                Assert.Equal([step.Retries, step.RetryDelayS], asset.GetProperty("retry_policy").EnumerateArray().Select(v => v.GetInt32()));
                Assert.Equal(StepCommand(pipeline, step), Strings(asset.GetProperty("arguments")));
                var deps = Strings(asset.GetProperty("deps"));
                Assert.All(step.DependsOn, upstream => Assert.Contains($"{pipeline.Name}/{upstream}", deps));
                var checks = asset.GetProperty("checks").EnumerateArray().ToList();
                Assert.Equal(step.Checks, checks.Select(c => c.GetProperty("name").GetString()));
                Assert.All(checks, c => Assert.Equal($"{pipeline.Name}/{step.Name}", c.GetProperty("asset").GetString()));
                Assert.Equal(step.Checks.Select(name => Manifest.Checks.Single(c => c.Name == name).Severity == Severity.Error),
                    checks.Select(c => c.GetProperty("blocking").GetBoolean()));
            }
        }
        // Across pipelines, from the datasets: the archive reads what the daily load writes, the daily extract what the ingest writes.
        Assert.Contains("daily/load", Strings(assets.GetProperty("monthly/check").GetProperty("deps")));
        Assert.Contains("ingest/load", Strings(assets.GetProperty("daily/extract").GetProperty("deps")));
        Assert.Equal(Manifest.Pipelines.Select(p => p.Name), dagster.GetProperty("jobs").EnumerateObject().Select(j => j.Name));
        Assert.Equal(Manifest.Pipelines.Select(p => (p.Name, p.Schedule.Cron, p.Schedule.Timezone)), dagster.GetProperty("schedules").EnumerateArray()
            .Select(s => (s.GetProperty("job").GetString()!, s.GetProperty("cron").GetString()!, s.GetProperty("timezone").GetString()!)));
        Assert.Equal(["pipes_subprocess_client"], Strings(dagster.GetProperty("resources")));
    }

    /// <summary>The command a step's task runs, as docs/orchestration.md documents it (placeholders as $NAME).</summary>
    private static List<string> StepCommand(ManifestPipeline pipeline, ManifestStep step) =>
    [
        .. pipeline.Partition switch
        {
            "date" => (string[])["run", pipeline.Name, "--date", "$DAY"],
            "month" => ["run", pipeline.Name, "--month", "$MONTH"],
            _ => [pipeline.Name, "$DROP_FOLDER", "--move-loaded"],
        },
        "--step", step.Name, "--run-id", "$RUN_ID", "--trigger", "orchestrator", "--json",
    ];

    /// <summary>Every dependency of the manifest is an edge, or runs through the checks task between the two; no other edge exists.</summary>
    private static void AssertOrder(ManifestPipeline pipeline, JsonElement dag)
    {
        var edges = Edges(dag).Select(edge => $"{edge[0]} >> {edge[1]}").ToList();
        var expected = new List<string>();
        foreach (var step in pipeline.Steps)
        {
            foreach (var upstream in step.DependsOn)
            {
                var checks = $"{upstream}_checks";
                expected.AddRange(edges.Contains($"{upstream} >> {checks}")
                    ? [$"{upstream} >> {checks}", $"{checks} >> {step.Name}"]
                    : [$"{upstream} >> {step.Name}"]);
            }
        }
        Assert.Equal(expected.Order(), edges.Where(edge => !edge.StartsWith("wait_for_", StringComparison.Ordinal)).Order());
    }

    private static List<List<string>> Edges(JsonElement dag) => [.. dag.GetProperty("edges").EnumerateArray().Select(Strings)];

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(item => item.GetString()!)];

    private static async Task<JsonElement> InspectAsync()
    {
        var run = await ExternalTool.RunAsync(Python, RepositoryFiles.Root, RepositoryFiles.PathOf("tests/Strata.Tests/Orchestration/inspect_orchestration.py"),
            RepositoryFiles.PathOf("orchestration"));
        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Out);
        return document.RootElement.Clone();
    }
}
