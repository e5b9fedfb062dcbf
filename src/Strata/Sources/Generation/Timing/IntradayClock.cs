namespace Strata.Sources.Generation.Timing;

/// <summary>
/// When in a (UTC) day people buy: quiet at night, busy at lunch and busiest in the evening, Moscow time.
/// Sale k of n in a day gets the quantile (k + u) / n, so times come out already sorted without holding the day.
/// </summary>
internal static class IntradayClock
{
    private const int MoscowOffsetHours = 3;

    /// <summary>Relative activity per Moscow hour, 00:00 first.</summary>
    private static readonly double[] MoscowHours =
    [
        0.60, 0.30, 0.20, 0.15, 0.15, 0.20, 0.40, 0.80, 1.20, 1.50, 1.70, 1.80,
        1.90, 1.90, 1.80, 1.70, 1.70, 1.80, 2.00, 2.30, 2.50, 2.40, 1.90, 1.20,
    ];

    /// <summary>Running totals of activity per UTC hour.</summary>
    private static readonly double[] UtcTotals = RunningTotals();

    /// <summary>The second of the UTC day (0-86399) at which a share <paramref name="quantile"/> of the day's activity is done.</summary>
    public static int SecondOfDay(double quantile)
    {
        var target = quantile * UtcTotals[^1];
        var hour = 0;
        while (hour < 23 && UtcTotals[hour] <= target)
        {
            hour++;
        }
        var before = hour == 0 ? 0 : UtcTotals[hour - 1];
        var fraction = (target - before) / (UtcTotals[hour] - before);
        return hour * 3600 + Math.Clamp((int)(fraction * 3600), 0, 3599);
    }

    private static double[] RunningTotals()
    {
        var totals = new double[24];
        double running = 0;
        for (var utcHour = 0; utcHour < 24; utcHour++)
        {
            running += MoscowHours[(utcHour + MoscowOffsetHours) % 24];
            totals[utcHour] = running;
        }
        return totals;
    }
}
