using Strata.ClickHouse;
using Strata.Tests.Infrastructure;
using Strata.Warehouse.Daily;

namespace Strata.Tests.Warehouse.Daily;

/// <summary>
/// A year of nightly runs must leave the embedded store the size of its data. Every daily run replaces ~20 working
/// tables (CREATE OR REPLACE drops the old one) and month partitions (the replaced parts go outdated): the engine must
/// purge both while it runs, not minutes later, when a `strata` process is long gone (EmbeddedConfiguration).
/// </summary>
public sealed class StoreGrowthTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private const int Runs = 30;

    private readonly DailyStores stores = new(postgres, clickHouse);

    public Task InitializeAsync() => stores.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Thirty_daily_runs_leave_the_store_within_ten_percent_of_its_size_after_the_first()
    {
        // The history load first (as a first install or `strata backfill` does), then the nightly runs: one day each.
        await stores.RunAsync(new DailyRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31)));
        ulong afterFirst = 0;
        IReadOnlyList<object?[]> firstTables = [];
        for (var night = 1; night <= Runs; night++)
        {
            var day = new DateOnly(2024, 3, 1).AddDays(night);
            await stores.RunAsync(new DailyRange(day, day));
            if (night == 1)
            {
                afterFirst = await StoreBytesAsync();
                firstTables = await clickHouse.RowsAsync(PerTable);
            }
        }

        var afterLast = await StoreBytesAsync();
        var largest = await clickHouse.RowsAsync(PerTable);
        var before = firstTables.ToDictionary(row => (string)row[0]!, row => row[1]);
        Assert.True(afterLast <= afterFirst * 1.1, $"the store grew from {afterFirst:N0} bytes after the first run to {afterLast:N0} after {Runs} runs; "
            + $"tables: {string.Join(", ", largest.Select(row => $"{row[0]} {before.GetValueOrDefault((string)row[0]!)} -> {row[1]} B"))}");
    }

    private const string PerTable = "SELECT table, sum(bytes_on_disk) FROM system.parts WHERE database = currentDatabase() GROUP BY table ORDER BY 1";

    /// <summary>Dropped tables not purged yet, and outdated parts (replaced or merged) not removed yet.</summary>
    private const string Garbage = """
        SELECT (SELECT count() FROM system.dropped_tables WHERE database = currentDatabase())
             + (SELECT count() FROM system.parts WHERE database = currentDatabase() AND NOT active)
        """;

    /// <summary>
    /// The database's bytes on disk as the next `strata` process finds them: every table detached and attached again (what a
    /// process start does to them) and its parts merged, then a few seconds for the engine's background cleanup. With the engine's defaults a
    /// dropped table stays 8 minutes and outdated parts survive every start, so this fails without EmbeddedConfiguration.
    /// </summary>
    private async Task<ulong> StoreBytesAsync()
    {
        var tables = await clickHouse.RowsAsync("SELECT name FROM system.tables WHERE database = currentDatabase() AND engine LIKE '%MergeTree'");
        foreach (var table in tables.Select(row => ClickHouseIdentifier.Quote((string)row[0]!)))
        {
            // On a store of a few kilobytes a part's fixed files weigh as much as its rows, so whether the engine has
            // merged a partition's last parts yet would decide the comparison: merged first, the bytes are the data's.
            await clickHouse.Engine.ExecuteAsync($"SYSTEM START MERGES {table}", null, CancellationToken.None);
            await clickHouse.Engine.ExecuteAsync($"OPTIMIZE TABLE {table} FINAL", null, CancellationToken.None);
            await clickHouse.Engine.ExecuteAsync($"DETACH TABLE {table} SYNC", null, CancellationToken.None);
            await clickHouse.Engine.ExecuteAsync($"ATTACH TABLE {table}", null, CancellationToken.None);
        }
        for (var attempt = 0; await stores.ClickHouseScalarAsync<ulong>(Garbage) > 0; attempt++)
        {
            Assert.True(attempt < 50, "tables dropped or parts replaced by the daily runs are still on disk 10 s later");
            await Task.Delay(200);
        }
        return await stores.ClickHouseScalarAsync<ulong>("SELECT sum(bytes_on_disk) FROM system.parts WHERE database = currentDatabase()");
    }
}
