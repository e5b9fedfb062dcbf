using System.Globalization;

namespace Strata.Web.Dashboard.Charts;

/// <summary>The archive's revenue forecast drawn after the monthly history it continues (sales_forecast.sql after sales_by_month.sql).</summary>
internal static class ForecastChart
{
    public static DashboardChart Build(QueryRows forecast, QueryRows history)
    {
        static string Month(Querying.ResultRow row, string column) => row.Day(column).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        string[] months = [.. history.Rows.Select(row => Month(row, "month")), .. forecast.Rows.Select(row => Month(row, "month"))];
        var past = history.Rows.Select(row => (object?)row.Amount("revenue"));
        var gap = Enumerable.Repeat<object?>(null, Math.Max(history.Rows.Count - 1, 0));
        // The forecast line starts at the last actual month, so the two lines join.
        var joined = history.Rows.Count == 0 ? [] : new object?[] { history.Rows[^1].Amount("revenue") };
        var option = ChartAxes.Cartesian(
            ChartAxes.Category("month", months),
            ChartAxes.Value($"revenue ({ChartAxes.Currency})"),
            [
                new { name = "actual revenue", type = "line", data = past.ToArray() },
                new
                {
                    name = "forecast (seasonal naive x trend)", type = "line", lineStyle = new { type = "dashed" },
                    data = gap.Concat(joined).Concat(forecast.Rows.Select(row => (object?)row.Amount("forecast_revenue"))).ToArray(),
                },
            ]);
        var total = forecast.Rows.Sum(row => row.Amount("forecast_revenue"));
        var peak = forecast.Rows.MaxBy(row => row.Amount("forecast_revenue"));
        var reading = peak is null
            ? "No forecast yet: nothing archived."
            : $"The next {forecast.Rows.Count} months are expected to bring {Money.Format(total)}, the most in {Month(peak, "month")} "
                + $"({Money.Format(peak.Amount("forecast_revenue"))}).";
        return new DashboardChart("forecast", "Revenue forecast for the next six months, after the actual months", reading, option, forecast);
    }
}
