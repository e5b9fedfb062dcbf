namespace Strata.Web.Dashboard.Charts;

/// <summary>The top products or customers by revenue, as horizontal bars (top_products.sql, top_customers.sql).</summary>
internal static class TopListChart
{
    public static DashboardChart Products(QueryRows data) =>
        Build(data, "top-products", "Top 20 products by revenue", "product", row => row.Text("name"));

    public static DashboardChart Customers(QueryRows data) =>
        Build(data, "top-customers", "Top 20 customers by revenue", "customer", row => $"customer {row.Number("customer_id")}");

    private static DashboardChart Build(QueryRows data, string id, string title, string noun, Func<Querying.ResultRow, string> label)
    {
        // Largest on top: ECharts draws a category axis from the bottom.
        var rows = data.Rows.Reverse().ToArray();
        var option = ChartAxes.Cartesian(
            new { type = "value", name = $"revenue ({ChartAxes.Currency})", nameLocation = "middle", nameGap = 30, splitNumber = 4 },
            new { type = "category", name = noun, data = rows.Select(label).ToArray(), axisLabel = new { width = 170, overflow = "truncate" } },
            [new { name = "revenue", type = "bar", data = rows.Select(row => row.Amount("revenue")).ToArray() }],
            left: 190, bottom: 50);
        var reading = data.Rows.Count == 0
            ? "No sales in this period."
            : $"The top {noun}, {label(data.Rows[0])}, brings {Money.Format(data.Rows[0].Amount("revenue"))}, "
                + $"{Money.Times(data.Rows[0].Amount("revenue"), data.Rows[^1].Amount("revenue"))} the number {data.Rows.Count}'s revenue.";
        return new DashboardChart(id, title, reading, option, data);
    }
}
