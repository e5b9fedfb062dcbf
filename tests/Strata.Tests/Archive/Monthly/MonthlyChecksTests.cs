using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Strata.Archive;
using Strata.Pipeline;

namespace Strata.Tests.Archive.Monthly;

/// <summary>What stops a month before (or instead of) the swap: tampered staging, duplicates, unexplained gaps, unfinished months.</summary>
public sealed class MonthlyChecksTests(ArchivePipeline pipeline) : IClassFixture<ArchivePipeline>
{
    [Fact]
    public async Task Verification_catches_a_deliberately_altered_row_and_keeps_the_previous_copy()
    {
        var january = new ArchiveMonth(2024, 1);
        Assert.True((await pipeline.RunAsync(null, january)).Succeeded);
        var before = await pipeline.ArchivedMonthAsync(january);
        var tamper = new Checkpoints((point, ct) => point == Checkpoints.After(MonthlySteps.Stage)
            ? pipeline.Archive.Database.ExecuteAsync("UPDATE historical_sales_stage_2024_01 SET revenue = revenue + 0.01 WHERE sale_id = 5", ct)
            : Task.CompletedTask);

        var summary = await pipeline.RunAsync(tamper, january);

        Assert.Equal("failed", summary.Status);
        Assert.Equal("2024-01/verify_staging", summary.Steps[^1].Name);
        var mismatch = Assert.Single(summary.Verification.Months.Single().Mismatches);
        Assert.Equal("revenue", mismatch.Figure);
        Assert.Equal(mismatch.ClickHouse + 0.01m, mismatch.Archive);
        Assert.Equal(before, await pipeline.ArchivedMonthAsync(january));
    }

    [Fact]
    public async Task An_archive_unreachable_at_the_start_fails_prepare_saying_which_store_and_what_to_do()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(pipeline.ArchiveDatabase.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        var runner = new MonthlyRunner(pipeline.ClickHouse.Engine, unreachable, pipeline.Raw.Database, NullLoggerFactory.Instance);

        var summary = await runner.RunAsync([new ArchiveMonth(2024, 1)], new RunOptions { RetryDelay = TimeSpan.FromMilliseconds(50) },
            CancellationToken.None);

        Assert.Equal("failed", summary.Status);
        Assert.StartsWith("prepare: the connection to PostgreSQL failed (Failed to connect to ", summary.Error, StringComparison.Ordinal);
        Assert.Contains("run the same command again", summary.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_sale_id_in_clickhouse_stops_the_month()
    {
        var november = new ArchiveMonth(2023, 11);
        await pipeline.InsertSalesAsync(
            Enumerable.Range(1, 30).Select(d => (900_000L + d, new DateTime(2023, 11, d, 12, 0, 0, DateTimeKind.Utc), "P1", 1, 1, 12.50m))
                .Append((900_007L, new DateTime(2023, 11, 20, 13, 0, 0, DateTimeKind.Utc), "P2", 2, 1, 8.00m)));

        var summary = await pipeline.RunAsync(null, november);

        Assert.Equal("2023-11/check", summary.Steps[^1].Name);
        Assert.Contains("900007", summary.Error, StringComparison.Ordinal);
        Assert.Equal(1, summary.Verification.Months.Single().DuplicateRows);
        Assert.Empty(await pipeline.ArchivedMonthAsync(november));
    }

    [Fact]
    public async Task A_day_missing_in_clickhouse_but_present_in_the_source_stops_the_month()
    {
        var october = new ArchiveMonth(2023, 10);
        await pipeline.InsertSalesAsync(Enumerable.Range(1, 31).Where(d => d != 17)
            .Select(d => (800_000L + d, new DateTime(2023, 10, d, 9, 0, 0, DateTimeKind.Utc), "P3", 3, 2, 30.00m)));
        await pipeline.Raw.Database.ExecuteAsync(
            "INSERT INTO customer_data (customer_id, registration_date, source_file) VALUES (3, '2023-01-01', 't');" +
            "INSERT INTO product_data (product_id, name, category, price, source_file) VALUES ('P3', 'Atlas', 'Books', 30.00, 't');" +
            "INSERT INTO sales_data (sale_id, sale_date, product_id, customer_id, quantity, price, source_file) " +
            "VALUES (800017, '2023-10-17 09:00:00+00', 'P3', 3, 2, 30.00, 't')", CancellationToken.None);

        var summary = await pipeline.RunAsync(null, october);

        Assert.Equal("2023-10/check", summary.Steps[^1].Name);
        Assert.Contains("2023-10-17 (PostgreSQL has 1)", summary.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_that_has_not_ended_is_refused()
    {
        var now = DateTime.UtcNow;

        var summary = await pipeline.RunAsync(null, new ArchiveMonth(now.Year, now.Month));

        Assert.Equal("failed", summary.Status);
        Assert.Contains("has not ended", summary.Error, StringComparison.Ordinal);
        Assert.Empty(summary.Steps);
    }

    [Fact]
    public async Task A_second_run_on_the_same_archive_waits_its_turn()
    {
        await using var held = await ArchiveRunLock.AcquireAsync(pipeline.Archive, CancellationToken.None);

        var summary = await pipeline.RunAsync(null, new ArchiveMonth(2024, 3));

        Assert.Contains("Another monthly run", summary.Error, StringComparison.Ordinal);
    }
}
