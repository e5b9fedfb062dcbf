using Strata.Pipeline;
using Strata.Pipeline.History;
using Strata.Tests.Infrastructure;
using Strata.Warehouse.Daily;

namespace Strata.Tests.Warehouse.Daily;

/// <summary>
/// Two daily runs on the same stores in one process (`strata serve`: a scheduled run and a command it carries out) take
/// turns: the second waits for the first instead of failing on the run lock the first holds.
/// </summary>
public sealed class DailyTurnTests(TestDatabase postgres, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private readonly DailyStores stores = new(postgres, clickHouse);

    public Task InitializeAsync() => stores.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_second_run_in_the_same_process_waits_its_turn_and_succeeds()
    {
        using var watch = new LogWatch();
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // The first run stops after its extract, holding the daily run lock, until the second has said it waits. The
        // second starts only once the first holds the lock: started together, the second could take the lock first and
        // finish before the first asked for it, and then nobody would wait.
        var first = Run(DailyRange.Day(new DateOnly(2024, 2, 10)), new DailyOptions
        {
            Checkpoints = new Checkpoints((point, _) => point == Checkpoints.After("extract") ? Hold() : Task.CompletedTask),
        }, watch);
        await holding.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var second = Run(DailyRange.Day(new DateOnly(2024, 2, 11)), new DailyOptions(), watch);

        await watch.WaitForAsync("this one starts when it ends", TimeSpan.FromMinutes(1));
        release.SetResult();

        Assert.Equal(PipelineStatus.Succeeded, (await first).Status);
        Assert.Equal(PipelineStatus.Succeeded, (await second).Status);

        Task Hold()
        {
            holding.TrySetResult();
            return release.Task;
        }
    }

    private Task<DailySummary> Run(DailyRange range, DailyOptions options, LogWatch watch) =>
        Task.Run(() => new DailyRunner(clickHouse.Engine, postgres.Database, watch.Factory)
            .RunAsync(range, options with { Observer = new RunHistory(postgres.Database) }, CancellationToken.None));
}
