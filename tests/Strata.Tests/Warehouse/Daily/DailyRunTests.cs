using Strata.Pipeline;
using Strata.Pipeline.Graph;
using Strata.Warehouse.Daily;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Warehouse.Daily;

public sealed class DailyRunTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private static readonly DailyRange FirstQuarter = DailyRange.Between(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31));

    private readonly DailyStores stores = new(postgres, clickHouse);

    public Task InitializeAsync() => stores.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_day_loads_exactly_the_sales_postgres_holds_for_it()
    {
        var summary = await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 2, 10)));

        Assert.Equal(PipelineStatus.Succeeded, summary.Status);
        Assert.Equal(["extract", "transform", "load", "reconcile"], summary.Steps.Select(s => s.Name));
        Assert.All(summary.Steps, step => Assert.Equal(PipelineStatus.Succeeded, step.Status));
        Assert.Equal([new DateOnly(2024, 2, 10)], summary.Dates);
        var expected = await postgres.Database.ScalarAsync<long>(
            "SELECT count(*) FROM sales_data WHERE sale_date >= '2024-02-10 00:00:00+00' AND sale_date < '2024-02-11 00:00:00+00'", CancellationToken.None);
        Assert.True(expected > 0);
        Assert.Equal((ulong)expected, await stores.ClickHouseScalarAsync<ulong>("SELECT count() FROM fact_sales"));
        Assert.True(summary.Reconciliation.Matched);
        Assert.Equal(1, summary.Reconciliation.DatesChecked);
    }

    [Fact]
    public async Task Every_check_of_the_run_is_reported_once_in_the_order_the_pipeline_declares()
    {
        var day = new DateOnly(2024, 2, 10);
        var summary = await stores.RunAsync(DailyRange.Day(day));

        // The transform's checks run concurrently; their results still come in the declared order, one per check.
        Assert.Equal(PipelineCatalogue.Daily.Steps.SelectMany(step => step.Checks), summary.Checks.Select(check => check.Name));
        Assert.All(summary.Checks, check => Assert.True(check.Passed, $"{check.Name}: {check.Observed}"));
        // The extract read the anomaly checks' evidence while ClickHouse worked: the day's sales as PostgreSQL holds them.
        var sales = await postgres.Database.ScalarAsync<long>(
            "SELECT count(*) FROM sales_data WHERE sale_date >= '2024-02-10 00:00:00+00' AND sale_date < '2024-02-11 00:00:00+00'", CancellationToken.None);
        Assert.Equal($"{sales} sale(s) on 2024-02-10", Assert.Single(summary.Checks, check => check.Name == "freshness_sales_data").Observed);
    }

    [Fact]
    public async Task Re_running_a_range_or_any_day_in_it_gives_identical_tables()
    {
        Assert.Equal(PipelineStatus.Succeeded, (await stores.RunAsync(FirstQuarter)).Status);
        var first = await stores.FingerprintAsync();

        Assert.Equal(PipelineStatus.Succeeded, (await stores.RunAsync(FirstQuarter)).Status);
        Assert.Equal(first, await stores.FingerprintAsync());
        Assert.Equal(PipelineStatus.Succeeded, (await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 2, 29)))).Status);
        Assert.Equal(first, await stores.FingerprintAsync());
        Assert.Equal("700 rows", first["fact_sales"].Split(',')[0]);
    }

    [Fact]
    public async Task A_range_is_one_pass_over_its_days()
    {
        var summary = await stores.RunAsync(FirstQuarter);

        Assert.Equal(91, summary.Dates.Count);
        Assert.Equal(91, summary.Reconciliation.DatesChecked);
        var extract = summary.Steps[0];
        Assert.Equal(700 + 40 + 12, extract.RowsIn);
        Assert.Equal(["sales_data:700", "customer_data:40", "product_data:12"],
            summary.Reconciliation.Tables.OrderByDescending(t => t.Read).Select(t => $"{t.Source}:{t.Loaded}"));
    }

    [Fact]
    public async Task A_sale_changed_after_a_run_replaces_its_old_version_on_the_next_run()
    {
        await stores.RunAsync(FirstQuarter);
        // Sale 100 moves from 2024-01-13 to 2024-03-02 with a new price and quantity; sale 5000 arrives late for 2024-01-20.
        await postgres.Database.ExecuteAsync("""
            UPDATE sales_data SET sale_date = '2024-03-02 12:00:00+00', price = 99.99, quantity = 7, updated_at = now() WHERE sale_id = 100;
            INSERT INTO sales_data (sale_id, sale_date, product_id, customer_id, quantity, price, source_file)
            VALUES (5000, '2024-01-20 08:00:00+00', 'P001', 1, 2, 10.50, 'late');
            """, CancellationToken.None);

        var summary = await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 3, 31)));

        Assert.True(summary.Status == PipelineStatus.Succeeded, string.Join("; ", summary.Steps.Select(step => step.Error)));
        Assert.Equal([new DateOnly(2024, 1, 13), new DateOnly(2024, 1, 20), new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 31)], summary.Dates);
        var versions = await clickHouse.RowsAsync("SELECT toString(toDate(sale_date)), price, quantity, revenue FROM fact_sales WHERE sale_id = 100");
        Assert.Equal(["2024-03-02", 99.99m, 7, 699.93m], Assert.Single(versions));
        Assert.Equal(10.50m * 2, await stores.ClickHouseScalarAsync<decimal>("SELECT revenue FROM fact_sales WHERE sale_id = 5000"));
        Assert.Equal(701UL, await stores.ClickHouseScalarAsync<ulong>("SELECT count() FROM fact_sales"));
        var revenue = await postgres.Database.ScalarAsync<decimal>("SELECT sum(quantity * price) FROM sales_data", CancellationToken.None);
        Assert.Equal(revenue, await stores.ClickHouseScalarAsync<decimal>("SELECT sum(revenue) FROM summary_sales"));
    }

    [Theory]
    [InlineData("extracted")]
    [InlineData("transformed")]
    [InlineData("load.staged")]
    [InlineData("load.swapped")]
    [InlineData("aggregated")]
    [InlineData("loaded")]
    public async Task A_crash_at_any_point_is_repaired_by_running_again(string crashPoint)
    {
        await stores.RunAsync(FirstQuarter);
        await postgres.Database.ExecuteAsync(
            "UPDATE sales_data SET price = price + 1, updated_at = now() WHERE sale_id % 50 = 0", CancellationToken.None);

        var crashed = await stores.RunAsync(FirstQuarter, new DailyOptions
        {
            Checkpoints = new Checkpoints((point, _) => point == crashPoint
                ? throw new InvalidOperationException($"injected crash at {point}")
                : Task.CompletedTask),
        });
        var repaired = await stores.RunAsync(FirstQuarter);
        var afterRepair = await stores.FingerprintAsync();
        await stores.DropClickHouseTablesAsync();
        await stores.RunAsync(FirstQuarter);

        Assert.Equal(PipelineStatus.Failed, crashed.Status);
        Assert.Contains(crashed.Steps, step => step.Error == $"injected crash at {crashPoint}");
        Assert.Equal(PipelineStatus.Succeeded, repaired.Status);
        Assert.Equal(await stores.FingerprintAsync(), afterRepair);
    }

    [Fact]
    public async Task Reconciliation_fails_naming_the_day_when_a_fact_row_is_corrupted()
    {
        var summary = await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 2, 10)), new DailyOptions
        {
            Checkpoints = new Checkpoints((point, ct) => point == "loaded"
                ? clickHouse.Engine.ExecuteAsync(
                    "ALTER TABLE fact_sales UPDATE revenue = revenue + 1 WHERE sale_id = (SELECT min(sale_id) FROM fact_sales) SETTINGS mutations_sync = 2",
                    null, ct)
                : Task.CompletedTask),
        });

        Assert.Equal(PipelineStatus.Failed, summary.Status);
        var reconcile = summary.Steps.Single(s => s.Name == "reconcile");
        Assert.Equal(PipelineStatus.Failed, reconcile.Status);
        Assert.Contains("2024-02-10 revenue", reconcile.Error, StringComparison.Ordinal);
        var mismatch = Assert.Single(summary.Reconciliation.Mismatches);
        Assert.Equal(mismatch.Postgres + 1, mismatch.ClickHouse);
        Assert.False(summary.Reconciliation.Matched);
    }

    [Fact]
    public async Task A_failed_run_does_not_move_the_watermark()
    {
        await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 2, 10)));
        var watermark = await stores.ClickHouseScalarAsync<DateTime?>("SELECT maxOrNull(watermark) FROM etl_runs");

        await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 2, 11)), new DailyOptions
        {
            Checkpoints = new Checkpoints((point, _) => point == "loaded" ? throw new InvalidOperationException("crash") : Task.CompletedTask),
        });

        Assert.NotNull(watermark);
        Assert.Equal(watermark, await stores.ClickHouseScalarAsync<DateTime?>("SELECT maxOrNull(watermark) FROM etl_runs"));
        // etl_runs keeps the lineage of the run that succeeded; the run history (strata_meta) has both runs.
        Assert.Equal(1UL, await stores.ClickHouseScalarAsync<ulong>("SELECT uniqExact(run_id) FROM etl_runs"));
        Assert.Equal(["failed", "succeeded"], (await stores.PostgresRowsAsync(
            "SELECT status FROM strata_meta.runs WHERE pipeline = 'daily' AND partition_key IN ('2024-02-10', '2024-02-11') ORDER BY status"))
            .Select(row => (string)row[0]!));
    }

    [Fact]
    public async Task A_second_run_fails_before_touching_anything_while_one_is_going_and_runs_once_it_is_done()
    {
        var day = DailyRange.Day(new DateOnly(2024, 2, 10));
        await using (await DailyRunLock.AcquireAsync(postgres.Database, CancellationToken.None))
        {
            var refused = await stores.RunAsync(day);

            Assert.Equal(PipelineStatus.Failed, refused.Status);
            Assert.Equal(["failed", "skipped", "skipped", "skipped"], refused.Steps.Select(step => step.Status));
            Assert.Contains("Another daily run", refused.Steps[0].Error, StringComparison.Ordinal);
            Assert.Empty(await clickHouse.RowsAsync("SELECT name FROM system.tables WHERE database = currentDatabase() AND name LIKE 'daily_%'"));
        }

        Assert.Equal(PipelineStatus.Succeeded, (await stores.RunAsync(day)).Status);
    }
}
