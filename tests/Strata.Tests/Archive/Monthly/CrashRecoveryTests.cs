using Strata.Archive;
using Strata.Pipeline;

namespace Strata.Tests.Archive.Monthly;

/// <summary>
/// A crash at every point of a monthly run, then the same run again: the archive always ends with exactly one
/// correct copy of the month. Each case first changes ClickHouse (one more sale, a customer moving), so the copy
/// before the crash and the copy after the resume differ and a half-done swap could not go unnoticed.
/// </summary>
public sealed class CrashRecoveryTests(ArchivePipeline pipeline) : IClassFixture<ArchivePipeline>
{
    private static readonly ArchiveMonth March = new(2024, 3);
    private static int nextCase;

    public static TheoryData<string> Points() => [.. FaultPoints.All];

    [Theory]
    [MemberData(nameof(Points))]
    public async Task Crash_then_resume_leaves_exactly_one_correct_copy(string point)
    {
        Assert.True((await pipeline.RunAsync(null, March)).Succeeded);
        var previous = await pipeline.ArchivedMonthAsync(March);
        var change = Interlocked.Increment(ref nextCase);
        await pipeline.InsertSalesAsync([(700_000L + change, new DateTime(2024, 3, 15, 10, change, 0, DateTimeKind.Utc), "P4", 7, 1, 21.99m)]);
        await pipeline.ClickHouseAsync($"ALTER TABLE dim_customer UPDATE city = 'Moved{change}' WHERE customer_id = 7 SETTINGS mutations_sync = 2");
        var current = await pipeline.ClickHouseMonthAsync(March);

        var crashed = await pipeline.RunAsync(Checkpoints.CrashAt(point), March);
        var afterCrash = await pipeline.ArchivedMonthAsync(March);
        var resumed = await pipeline.RunAsync(null, March);

        Assert.Equal("failed", crashed.Status);
        Assert.Contains(point, crashed.Error, StringComparison.Ordinal);
        Assert.True(afterCrash.SequenceEqual(previous, RowComparer.Instance) || afterCrash.SequenceEqual(Strip(current), RowComparer.Instance),
            $"After a crash at {point} the archive holds neither the previous nor the new copy of {March}.");
        Assert.True(resumed.Succeeded, resumed.Error);
        Assert.Equal(MonthlyArchiveTests.Cells(current), MonthlyArchiveTests.Cells(await pipeline.ArchivedMonthAsync(March)));
        Assert.Equal([[1m, $"Moved{change}"]], MonthlyArchiveTests.Cells(await pipeline.ArchiveRowsAsync(
            "SELECT count(*), max(city) FROM historical_customers WHERE customer_id = 7 AND is_current")));
        Assert.Empty(await pipeline.ArchiveRowsAsync("SELECT tablename FROM pg_tables WHERE tablename LIKE '%stage_2%'"));
    }

    private static List<object?[]> Strip(List<object?[]> rows) => MonthlyArchiveTests.Cells(rows);

    /// <summary>Rows equal cell by cell, numbers by value whatever their .NET type.</summary>
    private sealed class RowComparer : IEqualityComparer<object?[]>
    {
        public static readonly RowComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y) =>
            x is not null && y is not null && MonthlyArchiveTests.Cells([x])[0].SequenceEqual(MonthlyArchiveTests.Cells([y])[0]);

        public int GetHashCode(object?[] obj) => obj.Length;
    }
}
