using System.Globalization;

namespace Strata.Web.Dashboard.Charts;

/// <summary>Revenue and orders per month with the 3-month moving average of revenue (sales_by_month.sql).</summary>
internal static class MonthlyTrendChart
{
    public static DashboardChart Build(QueryRows data)
    {
        var months = data.Rows.Select(row => row.Day("month").ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToArray();
        var revenue = data.Rows.Select(row => row.Amount("revenue")).ToArray();
        var option = ChartAxes.Cartesian(
            ChartAxes.Category("month", months),
            new[] { ChartAxes.Value($"revenue ({ChartAxes.Currency})"), ChartAxes.Value("orders") },
            [
                new { name = "revenue", type = "bar", data = revenue },
                new
                {
                    name = "revenue, 3-month moving average", type = "line", smooth = true,
                    data = data.Rows.Select(row => row.Amount("revenue_ma3")).ToArray(),
                },
                new { name = "orders", type = "line", yAxisIndex = 1, data = data.Rows.Select(row => row.Number("orders")).ToArray() },
            ]);
        return new DashboardChart("monthly-trend", "Revenue and orders by month, with a 3-month moving average", Reading(months, revenue), option, data);
    }

    private static string Reading(string[] months, decimal[] revenue)
    {
        if (revenue.Length == 0 || revenue.Sum() == 0)
        {
            return "No sales in this period.";
        }
        var peak = Array.IndexOf(revenue, revenue.Max());
        return $"The best month, {months[peak]}, brings {Money.Times(revenue[peak], revenue.Average())} an average month's revenue "
            + $"({Money.Format(revenue[peak])} against {Money.Format(Math.Round(revenue.Average(), 2))}).";
    }
}
