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

    public static object Tooltip(string trigger = "axis") => new { trigger };

    public static object Grid(int left = 100, int bottom = 60) => new { left, right = 30, top = 40, bottom, containLabel = false };

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
