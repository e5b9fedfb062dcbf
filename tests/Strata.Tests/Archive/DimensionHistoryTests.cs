using Strata.Archive;
using Strata.Pipeline;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Archive;

/// <summary>SCD type 2 history of customers on a real PostgreSQL, with the stage table filled directly.</summary>
public sealed class DimensionHistoryTests(EmptyTestDatabase db) : IClassFixture<EmptyTestDatabase>, IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private ArchiveDatabase archive = null!;

    public async Task InitializeAsync()
    {
        archive = await ArchiveDatabase.ConnectAsync(db.ConnectionString, None);
        await new ArchiveSchema(archive).EnsureAsync(new(2024, 1), new(2024, 1), None);
        await db.Database.ExecuteAsync("TRUNCATE historical_customers, historical_products, stage_customers, stage_products", None);
    }

    public async Task DisposeAsync() => await archive.DisposeAsync();

    [Fact]
    public async Task A_move_closes_the_old_version_at_the_month_it_was_archived()
    {
        await StageCustomerAsync(7, "Berlin");
        await MergeAsync(2024, 1);
        await StageCustomerAsync(7, "Munich");
        await MergeAsync(2024, 2);

        Assert.Equal(
            [("Berlin", "-infinity", "2024-02-01 00:00:00+00", false), ("Munich", "2024-02-01 00:00:00+00", "infinity", true)],
            await VersionsAsync(7));
    }

    [Fact]
    public async Task Running_the_same_month_again_changes_nothing_or_corrects_its_own_version()
    {
        await StageCustomerAsync(8, "Oslo");
        await MergeAsync(2024, 1);
        await StageCustomerAsync(8, "Bergen");
        await MergeAsync(2024, 3);
        await MergeAsync(2024, 3);
        Assert.Equal(2, (await VersionsAsync(8)).Count);

        await StageCustomerAsync(8, "Tromso");
        await MergeAsync(2024, 3);

        Assert.Equal(
            [("Oslo", "-infinity", "2024-03-01 00:00:00+00", false), ("Tromso", "2024-03-01 00:00:00+00", "infinity", true)],
            await VersionsAsync(8));
    }

    [Fact]
    public async Task Re_running_an_older_month_never_rewrites_newer_history()
    {
        await StageCustomerAsync(9, "Rome");
        await MergeAsync(2024, 1);
        await StageCustomerAsync(9, "Milan");
        await MergeAsync(2024, 5);
        var before = await VersionsAsync(9);

        await StageCustomerAsync(9, "Turin");
        await MergeAsync(2024, 2);

        Assert.Equal(before, await VersionsAsync(9));
    }

    [Fact]
    public async Task A_crash_before_commit_leaves_history_untouched()
    {
        await StageCustomerAsync(10, "Lyon");
        await MergeAsync(2024, 1);
        await StageCustomerAsync(10, "Nice");

        await Assert.ThrowsAsync<InjectedCrashException>(() =>
            new DimensionHistory(archive, Checkpoints.CrashAt(FaultPoints.DimensionsBeforeCommit)).MergeAsync(new ArchiveMonth(2024, 2), None));

        Assert.Equal([("Lyon", "-infinity", "infinity", true)], await VersionsAsync(10));
    }

    private async Task StageCustomerAsync(int id, string city)
    {
        await db.Database.ExecuteAsync("TRUNCATE stage_customers", None);
        await db.Database.ExecuteAsync(
            $"INSERT INTO stage_customers VALUES ({id}, 30, 'F', '{city}', 'Region', 'Country', '2020-01-01')", None);
    }

    private Task<IReadOnlyList<DimensionChanges>> MergeAsync(int year, int month) =>
        new DimensionHistory(archive, Checkpoints.None).MergeAsync(new ArchiveMonth(year, month), None);

    private async Task<List<(string City, string From, string To, bool Current)>> VersionsAsync(int id)
    {
        await using var command = archive.Database.DataSource.CreateCommand(
            "SELECT city, valid_from::text, valid_to::text, is_current FROM historical_customers " +
            $"WHERE customer_id = {id} ORDER BY valid_from");
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<(string, string, string, bool)>();
        while (await reader.ReadAsync())
        {
            versions.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
        }
        return versions;
    }
}
