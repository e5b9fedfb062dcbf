using Strata.Configuration;

namespace Strata.Web.Dashboard;

/// <summary>
/// One chart: its title, the one-line reading computed from its rows, the ECharts option that draws it (axes named with their
/// units) and the rows behind it; which tier they come from, and the filter's parts its report does not take (computed from
/// the report's SQL, <see cref="Strata.Reports.ReportSql.FilterParts"/>), which the page says on the chart.
/// </summary>
public sealed record DashboardChart(string Id, string Title, string Reading, object Option, QueryRows Data)
{
    /// <summary>The report the chart draws, which names its CSV file.</summary>
    public string Source => Data.Source;

    public Tier Tier { get; init; } = Tier.Warehouse;

    /// <summary>The parts of the filter (from, to, category, region) the chart's figures do not follow.</summary>
    public IReadOnlyList<string> Ignores { get; init; } = [];

    public bool Filtered => Ignores.Count == 0;
}
