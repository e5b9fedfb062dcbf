using System.Globalization;
using System.Text.Json;
using Npgsql;
using Strata.Tests.Infrastructure;
using Strata.Tests.Warehouse.Daily;

namespace Strata.Tests.Orchestration;

/// <summary>
/// Every run's OpenLineage RunEvents, sent by the real CLI on real stores to a real HTTP receiver on loopback: START,
/// then COMPLETE or FAIL, each with what the spec requires and the datasets of the manifest named as OpenLineage names
/// them; a receiver that is down never fails the run.
/// </summary>
public sealed class OpenLineageTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private readonly DailyStores stores = new(postgres, clickHouse);

    private LoopbackLineageReceiver receiver = null!;

    public async Task InitializeAsync()
    {
        await stores.ResetAsync();
        receiver = await LoopbackLineageReceiver.StartAsync();
    }

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    private Dictionary<string, string> Env => new()
    {
        ["STRATA_POSTGRES"] = postgres.ConnectionString,
        ["STRATA_CLICKHOUSE"] = clickHouse.Location,
        ["STRATA_OPENLINEAGE_URL"] = receiver.Address.ToString(),
        ["STRATA_OPENLINEAGE_API_KEY"] = "secret-token",
    };

    [Fact]
    public async Task A_run_sends_start_then_complete_with_its_datasets_and_row_counts()
    {
        var run = await CliRun.InvokeAsync(Env, "run", "daily", "--date", "2024-03-25", "--json");

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Out);
        var events = receiver.Events;
        Assert.Equal(["START", "COMPLETE"], events.Select(e => e.GetProperty("eventType").GetString()));
        Assert.All(events, AssertRequiredFields);
        Assert.All(events, e => Assert.Equal(summary.RootElement.GetProperty("run_id").GetString(), e.GetProperty("run").GetProperty("runId").GetString()));
        Assert.All(events, e => Assert.Equal(("strata", "daily"),
            (e.GetProperty("job").GetProperty("namespace").GetString(), e.GetProperty("job").GetProperty("name").GetString())));
        Assert.All(receiver.Authorizations, header => Assert.Equal("Bearer secret-token", header));

        var database = new NpgsqlConnectionStringBuilder(postgres.ConnectionString);
        var complete = events[1];
        Assert.Contains(complete.GetProperty("inputs").EnumerateArray(), input => input.GetProperty("namespace").GetString()
            == $"postgres://{database.Host}:{database.Port}" && input.GetProperty("name").GetString() == $"{database.Database}.public.sales_data");
        Assert.DoesNotContain(complete.GetProperty("inputs").EnumerateArray(), input => input.GetProperty("name").GetString()!.EndsWith(".fact_sales_staging",
            StringComparison.Ordinal));
        Assert.Contains(complete.GetProperty("outputs").EnumerateArray(), output => output.GetProperty("namespace").GetString()!
            .StartsWith("clickhouse+embedded://", StringComparison.Ordinal) && output.GetProperty("name").GetString() == $"{clickHouse.Database}.fact_sales");
        // The returns travel with the sales: read from the raw tier, written as the warehouse's fact_returns.
        static IEnumerable<string?> Names(JsonElement datasets) => datasets.EnumerateArray().Select(dataset => dataset.GetProperty("name").GetString());
        Assert.Contains($"{database.Database}.public.returns_data", Names(complete.GetProperty("inputs")));
        Assert.Contains($"{clickHouse.Database}.fact_returns", Names(complete.GetProperty("outputs")));

        var facet = complete.GetProperty("run").GetProperty("facets").GetProperty("strata");
        AssertFacet(facet);
        Assert.Equal("2024-03-25", facet.GetProperty("partition").GetString());
        var steps = summary.RootElement.GetProperty("steps").EnumerateArray().ToList();
        // The row count of an output that is all one step writes: the daily reconcile's ledger rows.
        var counted = Assert.Single(complete.GetProperty("outputs").EnumerateArray(),
            output => output.GetProperty("outputFacets").TryGetProperty("outputStatistics", out _));
        Assert.Equal($"{database.Database}.public.load_ledger", counted.GetProperty("name").GetString());
        var statistics = counted.GetProperty("outputFacets").GetProperty("outputStatistics");
        AssertFacet(statistics);
        Assert.Equal(steps.Single(s => s.GetProperty("name").GetString() == "reconcile").GetProperty("rows_out").GetInt64(),
            statistics.GetProperty("rowCount").GetInt64());
        Assert.Equal(steps.Select(s => (s.GetProperty("name").GetString(), s.GetProperty("rows_in").GetInt64(), s.GetProperty("rows_out").GetInt64())),
            facet.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("name").GetString(), s.GetProperty("rowsIn").GetInt64(),
                s.GetProperty("rowsOut").GetInt64())));
        var nominal = complete.GetProperty("run").GetProperty("facets").GetProperty("nominalTime");
        AssertFacet(nominal);
        Assert.Equal(new DateTimeOffset(2024, 3, 25, 0, 0, 0, TimeSpan.Zero), nominal.GetProperty("nominalStartTime").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_orchestrated_run_that_fails_at_its_last_step_sends_one_start_and_ends_with_fail()
    {
        const string runId = "scheduled__2024-03-26T02:00:00+00:00";
        foreach (var step in (string[])["extract", "transform", "load"])
        {
            Assert.Equal(0, (await CliRun.InvokeAsync(Env, "run", "daily", "--date", "2024-03-25", "--step", step, "--run-id", runId)).ExitCode);
        }
        await clickHouse.Engine.ExecuteAsync("ALTER TABLE fact_sales UPDATE revenue = revenue + 1 WHERE sale_id = (SELECT min(sale_id) FROM fact_sales) "
            + "SETTINGS mutations_sync = 2", null, CancellationToken.None);

        var reconcile = await CliRun.InvokeAsync(Env, "run", "daily", "--date", "2024-03-25", "--step", "reconcile", "--run-id", runId, "--json");

        Assert.Equal(1, reconcile.ExitCode);
        var events = receiver.Events;
        Assert.All(events, AssertRequiredFields);
        Assert.Single(events.Select(e => e.GetProperty("run").GetProperty("runId").GetString()).Distinct());
        Assert.Equal("START", events[0].GetProperty("eventType").GetString());
        Assert.Equal("FAIL", events[^1].GetProperty("eventType").GetString());
        Assert.All(events.Skip(1).SkipLast(1), e => Assert.Equal("RUNNING", e.GetProperty("eventType").GetString()));
        Assert.Equal(8, events.Count);
        var error = events[^1].GetProperty("run").GetProperty("facets").GetProperty("errorMessage");
        AssertFacet(error);
        Assert.Contains("reconciliation_fact_sales", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receiver_that_is_down_never_fails_the_run()
    {
        receiver.Failing = true;

        var run = await CliRun.InvokeAsync(Env, "run", "daily", "--date", "2024-03-25", "--json");

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Out);
        Assert.Equal("succeeded", summary.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, receiver.Requests);
        Assert.Empty(receiver.Events);
    }

    /// <summary>What the spec requires of a RunEvent (eventType, eventTime, run.runId, job.namespace/name, inputs, outputs, producer, schemaURL).</summary>
    private static void AssertRequiredFields(JsonElement e)
    {
        Assert.Contains(e.GetProperty("eventType").GetString(), (string[])["START", "RUNNING", "COMPLETE", "ABORT", "FAIL", "OTHER"]);
        Assert.True(DateTimeOffset.TryParse(e.GetProperty("eventTime").GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        Assert.True(Guid.TryParse(e.GetProperty("run").GetProperty("runId").GetString(), out _));
        Assert.False(string.IsNullOrEmpty(e.GetProperty("job").GetProperty("namespace").GetString()));
        Assert.False(string.IsNullOrEmpty(e.GetProperty("job").GetProperty("name").GetString()));
        Assert.NotEmpty(e.GetProperty("inputs").EnumerateArray());
        Assert.NotEmpty(e.GetProperty("outputs").EnumerateArray());
        Assert.All(e.GetProperty("inputs").EnumerateArray().Concat(e.GetProperty("outputs").EnumerateArray()), dataset =>
            Assert.False(string.IsNullOrEmpty(dataset.GetProperty("namespace").GetString()) || string.IsNullOrEmpty(dataset.GetProperty("name").GetString())));
        Assert.True(Uri.TryCreate(e.GetProperty("producer").GetString(), UriKind.Absolute, out _));
        Assert.StartsWith("https://openlineage.io/spec/", e.GetProperty("schemaURL").GetString(), StringComparison.Ordinal);
    }

    private static void AssertFacet(JsonElement facet)
    {
        Assert.True(Uri.TryCreate(facet.GetProperty("_producer").GetString(), UriKind.Absolute, out _));
        Assert.StartsWith("https://openlineage.io/spec/", facet.GetProperty("_schemaURL").GetString(), StringComparison.Ordinal);
    }
}
