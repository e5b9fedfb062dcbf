using Strata.Pipeline;
using Strata.Tests.Infrastructure;
using Strata.Warehouse.Daily;

namespace Strata.Tests.Warehouse.Daily;

/// <summary>
/// A run over a few days touches only the month partitions of those days, in fact_sales, in the sales aggregates the
/// summaries are merged from and in summary_sales, and still leaves exactly the tables a run from scratch would build:
/// also when a correction reaches back to an older month, when a dimension attribute the aggregates group by changed,
/// and when an earlier run stopped between fact_sales and the aggregates or between the aggregates and the summaries.
/// </summary>
public sealed class IncrementTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private static readonly DailyRange FirstQuarter = DailyRange.Between(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31));

    private static readonly string[] MonthPartitioned = ["fact_sales", "sales_cube", "product_months", "customer_months", "summary_sales"];

    private readonly DailyStores stores = new(postgres, clickHouse);

    public Task InitializeAsync() => stores.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_day_swaps_only_its_month_and_leaves_the_tables_a_run_from_scratch_builds()
    {
        await stores.RunAsync(FirstQuarter);
        var before = await BlocksAsync();
        await postgres.Database.ExecuteAsync("UPDATE sales_data SET price = price + 5, updated_at = now() WHERE sale_id = 300", CancellationToken.None);

        var night = await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 2, 10)));

        Assert.Equal(PipelineStatus.Succeeded, night.Status);
        var after = await BlocksAsync();
        Assert.All(MonthPartitioned, table =>
        {
            Assert.Equal(before[(table, "202401")], after[(table, "202401")]);
            Assert.Equal(before[(table, "202403")], after[(table, "202403")]);
            Assert.NotEqual(before[(table, "202402")], after[(table, "202402")]);
        });
        await AssertAsFromScratchAsync();
    }

    [Fact]
    public async Task A_correction_to_an_older_month_rebuilds_that_month_and_leaves_the_months_between_as_they_were()
    {
        await stores.RunAsync(FirstQuarter);
        var before = await BlocksAsync();
        // Sale 100 is one of 2024-01-13's: a late correction, read on the night of 2024-03-31.
        await postgres.Database.ExecuteAsync("UPDATE sales_data SET quantity = quantity + 3, updated_at = now() WHERE sale_id = 100", CancellationToken.None);

        var night = await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 3, 31)));

        Assert.True(night.Status == PipelineStatus.Succeeded, string.Join("; ", night.Steps.Select(step => step.Error)));
        Assert.Equal([new DateOnly(2024, 1, 13), new DateOnly(2024, 3, 31)], night.Dates);
        var after = await BlocksAsync();
        Assert.All(MonthPartitioned, table =>
        {
            Assert.NotEqual(before[(table, "202401")], after[(table, "202401")]);
            Assert.Equal(before[(table, "202402")], after[(table, "202402")]);
        });
        var january = await postgres.Database.ScalarAsync<decimal>(
            "SELECT sum(quantity * price) FROM sales_data WHERE sale_date >= '2024-01-01 00:00:00+00' AND sale_date < '2024-02-01 00:00:00+00'",
            CancellationToken.None);
        Assert.Equal(january, await stores.ClickHouseScalarAsync<decimal>("SELECT sum(revenue) FROM summary_sales WHERE sale_date < '2024-02-01'"));
        Assert.Equal(january, await stores.ClickHouseScalarAsync<decimal>("SELECT revenue FROM sales_monthly WHERE month_start = '2024-01-01'"));
        await AssertAsFromScratchAsync();
    }

    [Fact]
    public async Task A_changed_category_regroups_every_day_of_the_aggregates()
    {
        await stores.RunAsync(FirstQuarter);
        var before = await BlocksAsync();
        await postgres.Database.ExecuteAsync(
            "UPDATE product_data SET category = 'Category 9', updated_at = now() WHERE product_id = 'P002'", CancellationToken.None);

        var night = await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 3, 31)));

        Assert.Equal(PipelineStatus.Succeeded, night.Status);
        Assert.NotEqual(before[("sales_cube", "202401")], (await BlocksAsync())[("sales_cube", "202401")]);
        Assert.True(await stores.ClickHouseScalarAsync<ulong>(
            "SELECT count() FROM summary_sales WHERE category = 'Category 9' AND sale_date < '2024-02-01'") > 0);
        await AssertAsFromScratchAsync();
    }

    [Theory]
    [InlineData("load.swapped")]
    [InlineData("aggregated")]
    public async Task Days_a_stopped_run_left_behind_in_the_aggregates_are_caught_up_by_the_next_run_of_another_day(string stoppedAt)
    {
        await stores.RunAsync(FirstQuarter);
        // Sale 315 is one of 2024-02-10's: a deleted sale leaves no trace to detect, so only its day's run removes it.
        await postgres.Database.ExecuteAsync("DELETE FROM sales_data WHERE sale_id = 315", CancellationToken.None);
        var stopped = await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 2, 10)), new DailyOptions { Checkpoints = Checkpoints.CrashAt(stoppedAt) });
        Assert.Equal(PipelineStatus.Failed, stopped.Status);

        var next = await stores.RunAsync(DailyRange.Day(new DateOnly(2024, 3, 31)));

        Assert.Equal(PipelineStatus.Succeeded, next.Status);
        Assert.Equal(699L, await stores.ClickHouseScalarAsync<long>("SELECT sum(orders) FROM summary_sales"));
        await AssertAsFromScratchAsync();
    }

    /// <summary>
    /// Per table and month partition, the range of insert blocks its active parts cover: background merges keep the
    /// range, a partition swapped in brings new block numbers.
    /// </summary>
    private async Task<Dictionary<(string Table, string Partition), string>> BlocksAsync()
    {
        var rows = await clickHouse.RowsAsync("""
            SELECT table, partition_id, toString(min(min_block_number)) || '-' || toString(max(max_block_number))
            FROM system.parts
            WHERE database = currentDatabase() AND active AND table IN ('fact_sales', 'sales_cube', 'product_months', 'customer_months', 'summary_sales')
            GROUP BY table, partition_id
            """);
        return rows.ToDictionary(row => ((string)row[0]!, (string)row[1]!), row => (string)row[2]!);
    }

    /// <summary>The warehouse equals what one run of the whole quarter builds from nothing, table by table.</summary>
    private async Task AssertAsFromScratchAsync()
    {
        var incremental = await stores.FingerprintAsync();
        await stores.DropClickHouseTablesAsync();
        Assert.Equal(PipelineStatus.Succeeded, (await stores.RunAsync(FirstQuarter)).Status);
        Assert.Equal(await stores.FingerprintAsync(), incremental);
    }
}
