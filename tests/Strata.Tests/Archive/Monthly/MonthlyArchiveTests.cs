using Strata.Archive;

namespace Strata.Tests.Archive.Monthly;

/// <summary>The monthly archive end to end: embedded ClickHouse -> PostgreSQL as the archive engine.</summary>
public sealed class MonthlyArchiveTests(ArchivePipeline pipeline) : IClassFixture<ArchivePipeline>
{
    [Fact]
    public async Task Every_archived_month_agrees_with_clickhouse_row_for_row_and_a_rerun_changes_nothing()
    {
        var first = await pipeline.RunAsync(null, ArchivePipeline.Quarter);
        var snapshot = await pipeline.ArchiveRowsAsync("SELECT * FROM historical_sales ORDER BY sale_id");
        var second = await pipeline.RunAsync(null, ArchivePipeline.Quarter);

        Assert.True(first.Succeeded, first.Error);
        Assert.True(second.Succeeded, second.Error);
        Assert.True(second.Verification.Matched);
        foreach (var month in ArchivePipeline.Quarter)
        {
            var clickHouse = await pipeline.ClickHouseMonthAsync(month);
            Assert.NotEmpty(clickHouse);
            Assert.Equal(Cells(clickHouse), Cells(await pipeline.ArchivedMonthAsync(month)));
        }
        var rerun = await pipeline.ArchiveRowsAsync("SELECT * FROM historical_sales ORDER BY sale_id");
        Assert.Equal(snapshot.Select(r => r[..^1]), rerun.Select(r => r[..^1])); // all but archived_at, which the rerun restamps
        Assert.Equal([[10m, 10m], [4m, 4m]], Cells(await pipeline.ArchiveRowsAsync(
            "SELECT count(*), count(DISTINCT customer_id) FROM historical_customers "
            + "UNION ALL SELECT count(*), count(DISTINCT product_id) FROM historical_products")));
        Assert.Empty(await pipeline.ArchiveRowsAsync("SELECT tablename FROM pg_tables WHERE tablename LIKE '%stage_2%'"));
    }

    [Fact]
    public async Task The_summary_measures_every_step_of_every_month()
    {
        var summary = await pipeline.RunAsync(null, ArchivePipeline.Quarter);

        Assert.Equal(["2024-01", "2024-02", "2024-03"], summary.Months);
        Assert.Equal(
            ["prepare", .. ArchivePipeline.Quarter.SelectMany(m => MonthlySteps.Names.Select(step => $"{m}/{step}"))],
            summary.Steps.Select(s => s.Name));
        Assert.All(summary.Steps, s => Assert.Equal("succeeded", s.Status));
        Assert.All(summary.Steps, s => Assert.True(s.PeakMemoryMb > 0));
        var march = summary.Steps.Single(s => s.Name == "2024-03/stage");
        Assert.Equal((await pipeline.ClickHouseMonthAsync(new(2024, 3))).Count, march.RowsOut);
        Assert.Equal(march.RowsIn, march.RowsOut);
    }

    [Fact]
    public async Task A_day_the_source_had_no_sales_is_an_explained_gap()
    {
        var summary = await pipeline.RunAsync(null, new ArchiveMonth(2024, 2));

        Assert.True(summary.Succeeded, summary.Error);
        Assert.Equal([ArchivePipeline.QuietDay], summary.Verification.Months.Single().DaysWithoutSales);
    }

    [Fact]
    public async Task The_ledger_records_each_month_with_read_equal_to_loaded()
    {
        var summary = await pipeline.RunAsync(null, new ArchiveMonth(2024, 3));
        var march = summary.Verification.Months.Single();

        var ledger = await pipeline.Raw.Database.ScalarAsync<long>(
            "SELECT loaded_rows FROM load_ledger WHERE tier = 'greenplum' AND step = 'monthly' AND target_table = 'historical_sales' " +
            "AND source = 'clickhouse fact_sales 2024-03' ORDER BY ledger_id DESC LIMIT 1", CancellationToken.None);

        Assert.Equal(march.ClickHouseRows, ledger);
        Assert.Equal(march.ClickHouseRows, march.ArchivedRows);
        Assert.Equal(march.ClickHouseRevenue, march.ArchivedRevenue);
    }

    /// <summary>Numbers as decimal, so a ClickHouse Int32 and a PostgreSQL integer of the same value compare equal.</summary>
    internal static List<object?[]> Cells(List<object?[]> rows) =>
        [.. rows.Select(row => row
            .Select(v => v is short or int or long ? Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture) : v)
            .ToArray())];
}
