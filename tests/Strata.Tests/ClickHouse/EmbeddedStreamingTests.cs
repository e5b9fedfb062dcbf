using Strata.ClickHouse;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.ClickHouse;

/// <summary>Measures process-wide managed memory, so it runs alone, not beside other test classes.</summary>
[CollectionDefinition(nameof(EmbeddedStreamingTests), DisableParallelization = true)]
[Collection(nameof(EmbeddedStreamingTests))]
public sealed class EmbeddedStreamingTests(TestClickHouse clickHouse) : IClassFixture<TestClickHouse>
{
    private const long RowCount = 1_000_000;

    [Fact]
    public async Task A_million_row_result_streams_through_bounded_managed_memory()
    {
        // About 150 MB of rows: holding them would show; streaming keeps about one chunk alive.
        const string sql = "SELECT number AS n, repeat(toString(number % 10), 128) AS padding FROM numbers({rows:UInt64})";
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long rows = 0, sum = 0, peak = 0, paddingChars = 0;

        await using (var result = await clickHouse.Engine.QueryAsync(sql, new ClickHouseParameters { ["rows"] = RowCount }, CancellationToken.None))
        {
            await foreach (var row in result.Rows)
            {
                sum += (long)(ulong)row[0]!;
                paddingChars += ((string)row[1]!).Length;
                if (++rows % 100_000 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }
            }
        }

        Assert.Equal(RowCount, rows);
        Assert.Equal(RowCount * (RowCount - 1) / 2, sum);
        Assert.Equal(RowCount * 128, paddingChars);
        Assert.True(peak < 32 * 1024 * 1024,
            $"Live managed memory grew by {peak / (1024 * 1024)} MB while streaming {paddingChars / (1024 * 1024)} MB of text.");
    }

    [Fact]
    public async Task Other_statements_run_while_a_stream_is_being_read()
    {
        await using var result = await clickHouse.Engine.QueryAsync("SELECT number FROM numbers(300000)", null, CancellationToken.None);
        long rows = 0;
        var sideAnswers = new List<object?>();

        await foreach (var row in result.Rows)
        {
            if (rows++ % 50_000 == 0)
            {
                // Same engine, same thread, mid-stream: on one shared connection this would end the stream.
                sideAnswers.Add(Assert.Single(await clickHouse.RowsAsync("SELECT count() FROM numbers(3)"))[0]);
            }
        }

        Assert.Equal(300_000, rows);
        Assert.Equal(Enumerable.Repeat<object?>(3UL, 6), sideAnswers);
    }

    [Fact]
    public async Task Abandoning_a_stream_early_cancels_it_and_frees_its_connection()
    {
        for (var i = 0; i < 5; i++)
        {
            await using var result = await clickHouse.Engine.QueryAsync("SELECT number FROM numbers(1000000)", null, CancellationToken.None);
            await foreach (var row in result.Rows)
            {
                Assert.Equal(0UL, row[0]);
                break;
            }
        }

        Assert.Equal(5UL, Assert.Single(await clickHouse.RowsAsync("SELECT count() FROM numbers(5)"))[0]);
    }

    [Fact]
    public async Task Cancelling_while_reading_stops_the_stream()
    {
        using var cancellation = new CancellationTokenSource();
        await using var result = await clickHouse.Engine.QueryAsync("SELECT number FROM numbers(5000000)", null, CancellationToken.None);
        long rows = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in result.Rows.WithCancellation(cancellation.Token))
            {
                if (++rows == 10)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.InRange(rows, 10, 5_000_000 - 1);
    }
}
