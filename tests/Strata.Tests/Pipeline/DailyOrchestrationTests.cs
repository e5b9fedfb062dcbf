using System.Text.Json;
using Strata.Pipeline;
using Strata.Quality;
using Strata.Tests.Infrastructure;
using Strata.Tests.Warehouse.Daily;
using Strata.Warehouse.Daily;

namespace Strata.Tests.Pipeline;

/// <summary>
/// The runner's promises on a real daily run (real PostgreSQL, real embedded ClickHouse): a failed step stops
/// everything after it; a transient fault is retried and the run succeeds; a blocking check stops the load and
/// leaves ClickHouse untouched; anomalies warn and the run goes on; an orchestrator's one-step-per-process run
/// ends like a whole run; everything lands in the run history.
/// </summary>
public sealed class DailyOrchestrationTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private static readonly DailyRange Day = DailyRange.Day(new DateOnly(2024, 3, 25));

    private readonly DailyStores stores = new(postgres, clickHouse);

    public Task InitializeAsync() => stores.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_failed_step_stops_every_step_after_it_and_the_history_says_so()
    {
        var summary = await stores.RunAsync(Day, new DailyOptions { Checkpoints = Checkpoints.CrashAt("transformed") });

        Assert.Equal(PipelineStatus.Failed, summary.Status);
        Assert.Equal(["succeeded", "failed", "skipped", "skipped"], summary.Steps.Select(step => step.Status));
        Assert.Empty(await clickHouse.RowsAsync("SELECT 1 FROM system.tables WHERE database = currentDatabase() AND name = 'fact_sales' AND total_rows > 0"));
        var history = await stores.PostgresRowsAsync(
            $"SELECT status, (SELECT string_agg(step || ':' || status, ',' ORDER BY recorded) FROM strata_meta.step_runs s WHERE s.run_id = r.run_id) "
            + $"FROM strata_meta.runs r WHERE run_id = '{summary.RunId}'");
        Assert.Equal("failed", history[0][0]);
        Assert.Equal("extract:succeeded,transform:failed,load:skipped,reconcile:skipped", history[0][1]);
    }

    [Fact]
    public async Task A_dropped_postgresql_connection_is_retried_and_the_run_succeeds()
    {
        var dropped = 0;
        var summary = await stores.RunAsync(Day, new DailyOptions
        {
            RetryDelay = TimeSpan.FromMilliseconds(50),
            // The first time the reconcile step starts, every session of the raw tier's database is killed (what a
            // PostgreSQL restart or a network cut does): the step's pooled connections fail with a transient error.
            Checkpoints = new Checkpoints(async (point, ct) =>
            {
                if (point == Checkpoints.Before("reconcile") && Interlocked.Increment(ref dropped) == 1)
                {
                    await postgres.TerminateSessionsAsync(ct);
                }
            }),
        });

        Assert.Equal(PipelineStatus.Succeeded, summary.Status);
        Assert.True(summary.Reconciliation.Matched);
        Assert.Equal(2, dropped);
        var attempts = await stores.PostgresRowsAsync(
            $"SELECT attempt, status FROM strata_meta.step_runs WHERE run_id = '{summary.RunId}' AND step = 'reconcile' ORDER BY attempt");
        Assert.Equal(["1:failed", "2:succeeded"], attempts.Select(row => $"{row[0]}:{row[1]}"));
    }

    [Fact]
    public async Task A_connection_lost_on_every_attempt_fails_the_step_with_its_name_and_what_to_do()
    {
        var summary = await stores.RunAsync(Day, new DailyOptions
        {
            RetryDelay = TimeSpan.FromMilliseconds(50),
            // Every attempt of reconcile starts on pooled connections whose sessions were just terminated.
            Checkpoints = new Checkpoints(async (point, ct) =>
            {
                if (point == Checkpoints.Before("reconcile"))
                {
                    await postgres.TerminateSessionsAsync(ct);
                }
            }),
        });

        Assert.Equal(PipelineStatus.Failed, summary.Status);
        var error = summary.Steps.Single(step => step.Name == "reconcile").Error!;
        Assert.StartsWith("reconcile: the connection to PostgreSQL failed (", error, StringComparison.Ordinal);
        Assert.Contains("run the same command again", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_error_is_not_retried()
    {
        var tries = 0;
        var summary = await stores.RunAsync(Day, new DailyOptions
        {
            RetryDelay = TimeSpan.FromMilliseconds(50),
            Checkpoints = new Checkpoints((point, _) => point == Checkpoints.Before("load") && Interlocked.Increment(ref tries) > 0
                ? throw new InvalidOperationException("a bug, not a blip")
                : Task.CompletedTask),
        });

        Assert.Equal(PipelineStatus.Failed, summary.Status);
        Assert.Equal(1, tries);
    }

    [Fact]
    public async Task A_failing_blocking_check_stops_the_load_and_leaves_clickhouse_untouched()
    {
        Assert.Equal(PipelineStatus.Succeeded, (await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 3, 24)))).Status);
        var before = await stores.FingerprintAsync();

        // After the transform built the staging copy, a second copy of one fact appears with a revenue that is not
        // quantity x price (the staging table takes no merges, so no mutation: an insert).
        var summary = await stores.RunAsync(Day, new DailyOptions
        {
            Checkpoints = new Checkpoints((point, ct) => point == "transformed"
                ? clickHouse.Engine.ExecuteAsync(
                    "INSERT INTO fact_sales_staging SELECT * REPLACE (revenue + 1 AS revenue) FROM fact_sales_staging "
                    + "WHERE sale_id = (SELECT max(sale_id) FROM fact_sales_staging)", null, ct)
                : Task.CompletedTask),
        });

        Assert.Equal(["succeeded", "failed", "skipped", "skipped"], summary.Steps.Select(step => step.Status));
        Assert.Contains("fact_sales_revenue_is_quantity_times_price", summary.Steps[1].Error, StringComparison.Ordinal);
        var check = Assert.Single(summary.Checks, check => check.Name == "fact_sales_revenue_is_quantity_times_price");
        Assert.False(check.Passed);
        Assert.Equal(1, check.FailingRows);
        Assert.False(Assert.Single(summary.Checks, check => check.Name == "unique_fact_sales_sale_id").Passed);
        Assert.Equal(before, await stores.FingerprintAsync());
    }

    [Fact]
    public async Task A_day_without_sales_and_a_day_with_unusual_volume_warn_and_the_runs_go_on()
    {
        var quiet = await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 4, 10)));
        await postgres.Database.ExecuteAsync(
            "INSERT INTO sales_data (sale_id, sale_date, product_id, customer_id, quantity, price, source_file) "
            + "SELECT 900000 + i, TIMESTAMPTZ '2024-03-25 12:00:00+00' + i * INTERVAL '1 second', 'P001', 1, 1, 2.99, 'test' FROM generate_series(1, 200) AS i",
            CancellationToken.None);
        var busy = await stores.RunAsync(Day);

        Assert.Equal(PipelineStatus.Succeeded, quiet.Status);
        var freshness = Assert.Single(quiet.Checks, check => check.Name == "freshness_sales_data");
        Assert.Equal((Severity.Warn, false), (freshness.Severity, freshness.Passed));
        Assert.Equal(PipelineStatus.Succeeded, busy.Status);
        var volume = Assert.Single(busy.Checks, check => check.Name == "volume_sales_data");
        Assert.Equal((Severity.Warn, false), (volume.Severity, volume.Passed));
        Assert.Contains("x the weekday average", volume.Observed, StringComparison.Ordinal);
        Assert.True(Assert.Single(busy.Checks, check => check.Name == "freshness_sales_data").Passed);
    }

    [Fact]
    public async Task An_orchestrator_running_one_step_per_process_gets_one_run_that_succeeds()
    {
        var runId = RunIds.Parse("scheduled__2024-03-26T02:00:00+00:00");
        var steps = new List<StepResult>();
        foreach (var step in (string[])["extract", "transform", "load", "reconcile"])
        {
            // A new DailyRunner each time: nothing but the stores carries over from one step to the next.
            var summary = await stores.RunAsync(Day, new DailyOptions { RunId = runId, Trigger = Triggers.Orchestrator, Steps = new HashSet<string> { step } });
            steps.AddRange(summary.Steps);
            Assert.Equal(PipelineStatus.Succeeded, summary.Status);
        }

        Assert.Equal(["extract", "transform", "load", "reconcile"], steps.Select(step => step.Name));
        var run = await stores.PostgresRowsAsync($"SELECT status, trigger FROM strata_meta.runs WHERE run_id = '{runId}'");
        Assert.Equal(("succeeded", "orchestrator"), ((string)run[0][0]!, (string)run[0][1]!));
        var expected = await postgres.Database.ScalarAsync<long>(
            "SELECT count(*) FROM sales_data WHERE sale_date >= '2024-03-25 00:00:00+00' AND sale_date < '2024-03-26 00:00:00+00'", CancellationToken.None);
        Assert.Equal((ulong)expected, await stores.ClickHouseScalarAsync<ulong>("SELECT count() FROM fact_sales"));
        Assert.NotNull(await stores.ClickHouseScalarAsync<DateTime?>("SELECT maxOrNull(watermark) FROM etl_runs"));
    }

    [Fact]
    public async Task A_later_step_of_another_run_is_refused_instead_of_using_its_working_tables()
    {
        await stores.RunAsync(Day, new DailyOptions { RunId = Guid.NewGuid(), Steps = new HashSet<string> { "extract" } });

        var stranger = await stores.RunAsync(Day, new DailyOptions { RunId = Guid.NewGuid(), Steps = new HashSet<string> { "transform" } });

        Assert.Equal(PipelineStatus.Failed, stranger.Status);
        Assert.Contains("belong to daily run", stranger.Steps.Single().Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strata_check_exits_1_when_a_blocking_check_fails_on_the_live_tables()
    {
        Assert.Equal(PipelineStatus.Succeeded, (await stores.RunAsync(Day)).Status);
        var env = new Dictionary<string, string> { ["STRATA_POSTGRES"] = postgres.ConnectionString, ["STRATA_CLICKHOUSE"] = clickHouse.Location };
        var passing = await CliRun.InvokeAsync(env, "check", "--pipeline", "daily", "--date", "2024-03-25", "--json");
        await clickHouse.Engine.ExecuteAsync("ALTER TABLE fact_sales UPDATE revenue = revenue + 1 WHERE sale_id = (SELECT min(sale_id) FROM fact_sales) "
            + "SETTINGS mutations_sync = 2", null, CancellationToken.None);
        var failing = await CliRun.InvokeAsync(env, "check", "--pipeline", "daily", "--date", "2024-03-25", "--json");

        Assert.Equal(0, passing.ExitCode);
        using var passed = JsonDocument.Parse(passing.Out);
        Assert.True(passed.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal(1, failing.ExitCode);
        using var failed = JsonDocument.Parse(failing.Out);
        Assert.False(failed.RootElement.GetProperty("passed").GetBoolean());
        var checks = failed.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(["dataset", "expected", "failing_rows", "name", "observed", "passed", "severity"],
            checks[0].EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains(checks, check => check.GetProperty("name").GetString() == "reconciliation_fact_sales" && !check.GetProperty("passed").GetBoolean());
        Assert.Contains(checks, check => check.GetProperty("name").GetString() == "fact_sales_revenue_is_quantity_times_price"
            && check.GetProperty("failing_rows").GetInt64() == 1);
    }
}
