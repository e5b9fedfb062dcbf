namespace Strata.Web.Dashboard.Charts;

/// <summary>Revenue by product category (revenue_by_category.sql).</summary>
internal static class CategoryChart
{
    public static DashboardChart Build(QueryRows data)
    {
        var option = ChartAxes.Cartesian(
            ChartAxes.Category("category", data.Rows.Select(row => row.Text("category")), rotate: true),
            ChartAxes.Value($"revenue ({ChartAxes.Currency})"),
            [new { name = "revenue", type = "bar", data = data.Rows.Select(row => row.Amount("revenue")).ToArray() }],
            bottom: 90);
        var reading = data.Rows.Count > 0 && data.Rows[0] is var top
            ? $"{top.Text("category")} leads with {Money.Format(top.Amount("revenue"))}, {top.Amount("revenue_share_pct"):0.00} % of revenue."
            : "No sales in this period.";
        return new DashboardChart("revenue-by-category", "Revenue by category", reading, option, data);
    }
}
