using Strata.Reports;

namespace Strata.Web.Dashboard;

/// <summary>
/// Everything one page shows: the filter it was computed for (and the history's, which without dates asked for covers every
/// archived month), the key figures of their period against the equally long period before, the charts, and what the filters
/// offer. The HTML report is this view for the whole loaded range.
/// </summary>
public sealed record DashboardView(
    ReportFilter Filter,
    ReportFilter History,
    ReportFilter KeyPeriod,
    ReportFilter ComparedWith,
    IReadOnlyList<KeyFigure> KeyFigures,
    IReadOnlyList<DashboardChart> Charts,
    FilterChoices Choices,
    DateTimeOffset GeneratedAt);

/// <summary>What the filters offer: the loaded date range, the categories and the regions.</summary>
public sealed record FilterChoices(DateOnly FirstDay, DateOnly LastDay, IReadOnlyList<string> Categories, IReadOnlyList<string> Regions);
