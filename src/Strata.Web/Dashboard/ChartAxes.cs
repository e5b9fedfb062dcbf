namespace Strata.Web.Dashboard;

/// <summary>The pieces of ECharts options the charts share: named axes with units, a tooltip, a legend, a heatmap scale.</summary>
internal static class ChartAxes
{
    /// <summary>
    /// The unit of money on the axes. The tiers keep no currency: amounts are in the source's own (roubles for the
    /// generator's data, pounds sterling for Online Retail II), which the page's subtitle says.
    /// </summary>
    public const string Currency = "currency";

    public static object Category(string name, IEnumerable<string> values, bool rotate = false) => new
    {
        type = "category",
        name,
        nameLocation = "middle",
        nameGap = rotate ? 70 : 30,
        data = values.ToArray(),
        axisLabel = new { rotate = rotate ? 40 : 0, interval = 0, hideOverlap = true },
    };

    public static object Value(string name) => new { type = "value", name, nameLocation = "middle", nameGap = 80 };

    /// <summary>
    /// A chart on an x and a y axis: its series, a tooltip that writes money with two decimals (dashboard.js reads
    /// strataMoney), and a legend when there is more than one series.
    /// </summary>
    public static object Cartesian(object xAxis, object yAxis, object[] series, int left = 100, int bottom = 60) => new
    {
        strataMoney = true,
        tooltip = new { trigger = "axis" },
        legend = new { top = 0, show = series.Length > 1 },
        grid = Grid(left, bottom),
        xAxis,
        yAxis,
        series,
    };

    /// <summary>Room around the plot for the axis names: a second value axis on the right needs as much as the left one.</summary>
    public static object Grid(int left = 100, int bottom = 60) => new { left, right = 90, top = 40, bottom, containLabel = false };

    /// <summary>A colour scale from the smallest to the largest cell of a heatmap.</summary>
    public static object VisualMap(decimal min, decimal max) => new
    {
        min,
        max,
        calculable = true,
        orient = "horizontal",
        left = "center",
        bottom = 0,
        inRange = new { color = new[] { "#f2f7fb", "#4a90d9", "#173f73" } },
    };
}
