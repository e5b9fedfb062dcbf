namespace Strata.Web.Dashboard.Charts;

/// <summary>The regions compared: revenue and average check by the customer's region (revenue_by_region.sql).</summary>
internal static class RegionChart
{
    public static DashboardChart Build(QueryRows data)
    {
        var option = ChartAxes.Cartesian(
            ChartAxes.Category("region", data.Rows.Select(row => row.Text("region")), rotate: true),
            new[] { ChartAxes.Value($"revenue ({ChartAxes.Currency})"), ChartAxes.Value($"average check ({ChartAxes.Currency})") },
            [
                new { name = "revenue", type = "bar", data = data.Rows.Select(row => row.Amount("revenue")).ToArray() },
                new { name = "average check", type = "line", yAxisIndex = 1, data = data.Rows.Select(row => row.Amount("avg_check")).ToArray() },
            ],
            bottom: 90);
        var total = data.Rows.Sum(row => row.Amount("revenue"));
        var reading = data.Rows.Count > 0 && data.Rows[0] is var top
            ? $"{top.Text("region")} brings the most revenue: {Money.Format(top.Amount("revenue"))}, {Money.Percent(top.Amount("revenue"), total)} of it, "
                + $"at an average check of {Money.Format(top.Amount("avg_check"))}."
            : "No sales in this period.";
        return new DashboardChart("revenue-by-region", "Regional comparison: revenue and average check by region", reading, option, data);
    }
}
