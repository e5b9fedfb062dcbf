using Strata.ClickHouse;
using Strata.ClickHouse.Daily;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.ClickHouse.Daily;

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

        Assert.Equal(DailySummary.SucceededStatus, summary.Status);
        Assert.Equal(["extract", "transform", "load", "reconcile"], summary.Steps.Select(s => s.Name));
        Assert.All(summary.Steps, step => Assert.Equal(StepSummary.SucceededStatus, step.Status));
        Assert.Equal([new DateOnly(2024, 2, 10)], summary.Dates);
        var expected = await postgres.Database.ScalarAsync<long>(
            "SELECT count(*) FROM sales_data WHERE sale_date >= '2024-02-10 00:00:00+00' AND sale_date < '2024-02-11 00:00:00+00'", CancellationToken.None);
        Assert.True(expected > 0);
        Assert.Equal((ulong)expected, await stores.ClickHouseScalarAsync<ulong>("SELECT count() FROM fact_sales"));
        Assert.True(summary.Reconciliation.Matched);
        Assert.Equal(1, summary.Reconciliation.DatesChecked);
    }
}
