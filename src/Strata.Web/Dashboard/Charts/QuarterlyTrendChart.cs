using System.Globalization;

namespace Strata.Web.Dashboard.Charts;

/// <summary>Quarter-over-quarter and year-over-year trends of revenue, from the archive (quarterly_trends.sql).</summary>
internal static class QuarterlyTrendChart
{
    public static DashboardChart Build(QueryRows data)
    {
        string[] quarters = [.. data.Rows.Select(row => $"{row.Number("year")} Q{row.Number("quarter")}")];
        var option = ChartAxes.Cartesian(
            ChartAxes.Category("quarter", quarters),
            new[] { ChartAxes.Value($"revenue ({ChartAxes.Currency})"), ChartAxes.Value("change (%)") },
            [
                new { name = "revenue", type = "bar", data = data.Rows.Select(row => row.Amount("revenue")).ToArray() },
                new { name = "quarter over quarter (%)", type = "line", yAxisIndex = 1, data = data.Rows.Select(row => row["qoq_change_pct"]).ToArray() },
                new { name = "year over year (%)", type = "line", yAxisIndex = 1, data = data.Rows.Select(row => row["yoy_change_pct"]).ToArray() },
            ]);
        return new DashboardChart("quarterly-trends", "Quarter-over-quarter and year-over-year revenue trend", Reading(quarters, data), option, data);
    }

    private static string Reading(string[] quarters, QueryRows data)
    {
        if (data.Rows.Count == 0)
        {
            return "Nothing archived yet.";
        }
        var last = data.Rows[^1];
        static string Pct(object? value) =>
            value is null ? "n/a" : Money.Change(Convert.ToDecimal(value, CultureInfo.InvariantCulture))!;
        return $"{quarters[^1]} brought {Money.Format(last.Amount("revenue"))}: {Pct(last["qoq_change_pct"])} on the quarter before, "
            + $"{Pct(last["yoy_change_pct"])} on the same quarter a year before.";
    }
}
