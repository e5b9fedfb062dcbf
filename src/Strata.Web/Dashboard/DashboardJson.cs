using Strata.Configuration;

namespace Strata.Web.Dashboard;

/// <summary>The JSON of /api/dashboard: the filter, the key figures and every chart's reading and rows, by column name.</summary>
public static class DashboardJson
{
    public static object Of(DashboardView view) => new
    {
        filter = view.Filter,
        history = view.History,
        key_period = view.KeyPeriod,
        compared_with = view.ComparedWith,
        key_figures = view.KeyFigures.Select(figure => new
        {
            name = figure.Name,
            value = figure.Value,
            text = figure.Text,
            previous = figure.Previous,
            change_pct = figure.ChangePct,
        }),
        charts = view.Charts.Select(chart => new
        {
            id = chart.Id,
            title = chart.Title,
            reading = chart.Reading,
            report = chart.Source,
            tier = chart.Tier.EngineName(),
            filtered = chart.Filtered,
            ignores = chart.Ignores,
            rows = chart.Data.Values.Select(row => chart.Data.Columns.Select((column, i) => (column, value: row[i])).ToDictionary(c => c.column, c => c.value)),
        }),
        generated_at = view.GeneratedAt,
    };
}
