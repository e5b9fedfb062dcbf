namespace Strata.Tests.Archive.Analytics;

/// <summary>
/// The forecast backtest computed in C# from monthly revenue, independently of bi_forecast_backtest: the last 6
/// months held out, each forecast from the months before them by seasonal naive x trend and by plain seasonal naive,
/// MAPE and bias per method. Forecasts are rounded to cents before they are scored, as the view's months are.
/// </summary>
public static class BacktestExpectation
{
    public const int HeldOut = 6;

    /// <summary>The report's rows: method, first and last held-out month, months, MAPE %, bias %, verdict; the method first.</summary>
    public static List<object?[]> Rows(IReadOnlyDictionary<DateOnly, decimal> monthlyRevenue)
    {
        var months = Months(monthlyRevenue);
        var lastTraining = months[^1].AddMonths(-HeldOut);
        var training = months.Where(m => m <= lastTraining).ToList();
        if (training.Count < 12)
        {
            return [];
        }
        decimal Revenue(DateOnly month) => monthlyRevenue.TryGetValue(month, out var revenue) ? revenue : 0m;
        var last12 = Enumerable.Range(0, 12).Sum(i => Revenue(lastTraining.AddMonths(-i)));
        var prior12 = Enumerable.Range(12, 12).Sum(i => Revenue(lastTraining.AddMonths(-i)));
        var factor = training.Count >= 24 && prior12 > 0 ? last12 / prior12 : 1m;
        var heldOut = months.Where(m => m > lastTraining).ToList();
        var method = Score(heldOut, m => Revenue(m), m => Round(Revenue(m.AddMonths(-12)) * factor, 2));
        var baseline = Score(heldOut, m => Revenue(m), m => Round(Revenue(m.AddMonths(-12)), 2));
        var verdict = method.Mape < baseline.Mape ? "beats the seasonal-naive baseline" : "does not beat the seasonal-naive baseline";
        return
        [
            ["seasonal_naive_x_trend", heldOut[0], heldOut[^1], (decimal)heldOut.Count, method.Mape, method.Bias, verdict],
            ["seasonal_naive", heldOut[0], heldOut[^1], (decimal)heldOut.Count, baseline.Mape, baseline.Bias, "baseline"],
        ];
    }

    /// <summary>Every month from the first with revenue to the last, gaps included.</summary>
    public static List<DateOnly> Months(IReadOnlyDictionary<DateOnly, decimal> monthlyRevenue)
    {
        var months = new List<DateOnly>();
        for (var month = monthlyRevenue.Keys.Min(); month <= monthlyRevenue.Keys.Max(); month = month.AddMonths(1))
        {
            months.Add(month);
        }
        return months;
    }

    private static (decimal? Mape, decimal? Bias) Score(List<DateOnly> months, Func<DateOnly, decimal> actual, Func<DateOnly, decimal> forecast)
    {
        var scored = months.Where(m => actual(m) > 0).ToList();
        decimal? mape = scored.Count > 0 ? Round(scored.Average(m => Math.Abs(actual(m) - forecast(m)) / actual(m)) * 100, 2) : null;
        var totalActual = months.Sum(actual);
        decimal? bias = totalActual > 0 ? Round((months.Sum(forecast) - totalActual) * 100 / totalActual, 2) : null;
        return (mape, bias);
    }

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
