namespace Strata.Web.Dashboard.Charts;

/// <summary>A heatmap option: the cells (x, y, value) of two category axes, coloured from the smallest to the largest value.</summary>
internal static class Heatmap
{
    /// <summary>Cells show their values unless they are money (too wide for a cell; the tooltip has them).</summary>
    public static object Option(string xName, IReadOnlyList<string> xs, string yName, IReadOnlyList<string> ys,
        IEnumerable<(string X, string Y, decimal Value)> cells, bool money)
    {
        var data = cells.Select(cell => new object[] { IndexOf(xs, cell.X), IndexOf(ys, cell.Y), cell.Value }).ToArray();
        var values = data.Select(cell => (decimal)cell[2]).DefaultIfEmpty(0).ToArray();
        return new
        {
            strataMoney = money,
            tooltip = new { position = "top" },
            grid = ChartAxes.Grid(left: 130, bottom: 110),
            xAxis = new { type = "category", name = xName, nameLocation = "middle", nameGap = 30, data = xs, splitArea = new { show = true } },
            yAxis = new { type = "category", name = yName, data = ys, splitArea = new { show = true } },
            visualMap = ChartAxes.VisualMap(values.Min(), values.Max()),
            series = new[] { new { name = yName, type = "heatmap", data, label = new { show = !money && xs.Count <= 12 && ys.Count <= 12 } } },
        };
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }
        return -1;
    }
}
