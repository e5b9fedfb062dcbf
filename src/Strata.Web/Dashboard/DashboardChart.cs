namespace Strata.Web.Dashboard;

/// <summary>
/// One chart: its title, the one-line reading computed from its rows, the ECharts option that draws it (axes named
/// with their units), the rows behind it and whether its figures follow the filter (the archive's history does not).
/// </summary>
public sealed record DashboardChart(string Id, string Title, string Reading, object Option, QueryRows Data, bool Filtered)
{
    /// <summary>The report the chart draws, which names its CSV file.</summary>
    public string Source => Data.Source;
}
