using Strata.Postgres;
using Strata.Quality;

namespace Strata.Tests.Quality;

/// <summary>
/// Figures a step starts computing early (CheckScope.StartComputing: the daily extract reads the anomaly checks' evidence
/// while ClickHouse works) are what the checks recall, computed once; a start that failed is computed again.
/// </summary>
public sealed class CheckScopeTests
{
    private static readonly DateOnly Day = new(2026, 1, 6);

    [Fact]
    public async Task Figures_started_early_are_recalled_without_computing_them_again()
    {
        await using var raw = new PostgresDatabase("Host=127.0.0.1;Username=strata;Password=strata;Database=strata");
        var scope = new CheckScope(raw, null, Day, Day);
        var computed = 0;

        await scope.StartComputing("figures", () => Task.FromResult(++computed));

        Assert.Equal(1, await scope.RecallAsync("figures", () => Task.FromResult(++computed)));
        Assert.Equal(1, await scope.Staged().RecallAsync("figures", () => Task.FromResult(++computed)));
        Assert.Equal(1, computed);
    }

    [Fact]
    public async Task A_start_that_failed_fails_its_check_once_and_is_computed_again_by_the_next()
    {
        await using var raw = new PostgresDatabase("Host=127.0.0.1;Username=strata;Password=strata;Database=strata");
        var scope = new CheckScope(raw, null, Day, Day);

        var start = scope.StartComputing<int>("figures", () => Task.FromException<int>(new TimeoutException("lost")));
        await Assert.ThrowsAsync<TimeoutException>(() => start);

        await Assert.ThrowsAsync<TimeoutException>(() => scope.RecallAsync("figures", () => Task.FromResult(7)));
        Assert.Equal(7, await scope.RecallAsync("figures", () => Task.FromResult(7)));
    }
}
