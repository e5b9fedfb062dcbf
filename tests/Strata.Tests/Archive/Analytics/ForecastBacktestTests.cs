using System.Globalization;
using Strata.Archive;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Archive.Analytics;

/// <summary>
/// bi_forecast_backtest on three years of monthly revenue, so the trend has the 24 training months it needs: its
/// MAPE, bias and verdict equal <see cref="BacktestExpectation"/>'s, and the verdict goes both ways: a steadily
/// growing series rewards the trend, a series that stops growing in the held-out months punishes it.
/// </summary>
public sealed class ForecastBacktestTests : IAsyncLifetime
{
    private static readonly ArchiveMonth First = new(2021, 1);
    private static readonly ArchiveMonth Last = new(2023, 12);

    private readonly EmptyTestDatabase db = new();
    private ArchiveDatabase archive = null!;

    public async Task InitializeAsync()
    {
        await db.InitializeAsync();
        archive = await ArchiveDatabase.ConnectAsync(db.ConnectionString, CancellationToken.None);
        await new ArchiveSchema(archive).EnsureAsync(First, Last, CancellationToken.None);
        foreach (var month in ArchiveMonth.Range(First, Last))
        {
            await new ArchivePartitions(archive).EnsureAsync(month, CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        await archive.DisposeAsync();
        await db.DisposeAsync();
    }

    [Theory]
    [InlineData("growing", "beats the seasonal-naive baseline")]
    [InlineData("stalling", "does not beat the seasonal-naive baseline")]
    public async Task The_backtest_scores_both_methods_as_an_independent_computation_does(string shape, string verdict)
    {
        var revenue = Series(shape);
        await StoreAsync(revenue);

        var actual = await db.RowsAsync(
            "SELECT method, first_held_out_month::text, last_held_out_month::text, months, mape_pct, bias_pct, verdict FROM bi_forecast_backtest "
            + "ORDER BY method = 'seasonal_naive'");

        var expected = BacktestExpectation.Rows(revenue);
        Assert.Equal(expected.Select(Text), actual.Select(Comparable));
        Assert.Equal(verdict, expected[0][6]);
        Assert.Equal("2023-07-01", expected[0][1] is DateOnly from ? from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
    }

    /// <summary>36 months with a December peak; "growing" grows 3% a month throughout, "stalling" repeats last year from July 2023.</summary>
    private static Dictionary<DateOnly, decimal> Series(string shape)
    {
        var revenue = new Dictionary<DateOnly, decimal>();
        var months = ArchiveMonth.Range(First, Last);
        for (var i = 0; i < months.Count; i++)
        {
            var month = months[i].FirstDay;
            revenue[month] = shape == "stalling" && i >= 30
                ? revenue[month.AddMonths(-12)]
                : Math.Round(1000m * (decimal)Math.Pow(1.03, i) * (month.Month == 12 ? 1.8m : month.Month == 2 ? 0.7m : 1m), 2);
        }
        return revenue;
    }

    /// <summary>One sale per month of exactly that month's revenue, then the monthly summaries the forecast reads, as the monthly run writes them.</summary>
    private async Task StoreAsync(Dictionary<DateOnly, decimal> revenue)
    {
        var id = 1;
        foreach (var (month, amount) in revenue)
        {
            await archive.Database.ExecuteAsync(
                "INSERT INTO historical_sales (sale_id, sale_date, product_id, customer_id, quantity, price, revenue, archived_at) "
                + "VALUES (@id, @at, 'P1', 1, 1, @amount, @amount, now())", CancellationToken.None,
                ("id", (long)id++), ("at", month.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc).AddDays(14)), ("amount", amount));
            await new ArchiveSummaries(archive).RebuildMonthAsync(ArchiveMonth.Of(month), CancellationToken.None);
        }
    }

    /// <summary>One spelling for both sides: days as yyyy-MM-dd, numbers without trailing zeros (12.30 = 12.3).</summary>
    private static string Text(object?[] row) => string.Join('|', row.Select(value => value switch
    {
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal number => Number(number),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    }));

    private static string Comparable(string row) =>
        string.Join('|', row.Split('|').Select(cell =>
            decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? Number(n) : cell));

    private static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
