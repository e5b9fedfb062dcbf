using System.Globalization;
using System.Text;
using System.Text.Json;
using Strata.Configuration;
using Strata.Reports;

namespace Strata.Web.Dashboard;

/// <summary>
/// The page of a <see cref="DashboardView"/>: the key figures first, then every chart with its title, reading and the
/// data behind it. The report links each chart to its CSV file beside it; the live dashboard adds the filters.
/// </summary>
public static class DashboardPage
{
    public static string Report(DashboardView view) =>
        Render(view, "Strata sales report", "", chart => $"<a href=\"csv/{chart.Source}.csv\">{chart.Source}.csv</a>");

    public static string Live(DashboardView view) =>
        Render(view, "Strata dashboard", Filters(view), chart => $"report {chart.Source}",
            "<nav><a href=\"/dashboard\">Sales</a><a href=\"/dashboard/pipeline\">Pipeline</a></nav>");

    private static string Render(DashboardView view, string title, string filters, Func<DashboardChart, string> source, string navigation = "")
    {
        var body = new StringBuilder(filters);
        body.Append(Figures(view));
        body.Append("<h2 class=\"part\">Current figures (ClickHouse, ").Append(PageShell.Encode(view.Filter.Describe())).Append(")</h2>\n");
        Charts(body, view.Charts.Where(chart => chart.Tier == Tier.Warehouse), source);
        body.Append("<h2 class=\"part\">History (the archive, ").Append(PageShell.Encode(History(view.History))).Append(")</h2>\n");
        Charts(body, view.Charts.Where(chart => chart.Tier == Tier.Archive), source);
        var options = JsonSerializer.Serialize(view.Charts.ToDictionary(chart => chart.Id, chart => chart.Option));
        body.Append("<script type=\"application/json\" id=\"strata-charts\">").Append(options).Append("</script>\n");
        var subtitle = string.Create(CultureInfo.InvariantCulture,
            $"{view.Filter.Describe()}; generated {view.GeneratedAt:yyyy-MM-dd HH:mm} UTC; money in the source's currency");
        return PageShell.Render(title, subtitle, navigation, body.ToString(), PageAssets.Script);
    }

    private static string Figures(DashboardView view)
    {
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"<h2 class=\"part\">Key figures, {view.KeyPeriod.From:yyyy-MM-dd} to {view.KeyPeriod.To:yyyy-MM-dd}</h2>\n<div class=\"figures\">\n");
        foreach (var figure in view.KeyFigures)
        {
            var direction = figure.ChangePct switch { > 0 => " up", < 0 => " down", _ => "" };
            var change = figure.ChangeText is null
                ? $"no sales in the period before ({view.ComparedWith.From:yyyy-MM-dd} to {view.ComparedWith.To:yyyy-MM-dd})"
                : $"{figure.ChangeText} against {view.ComparedWith.From:yyyy-MM-dd} to {view.ComparedWith.To:yyyy-MM-dd}";
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"figure\" data-figure=\"{PageShell.Encode(figure.Name)}\">")
                .Append(CultureInfo.InvariantCulture, $"<div class=\"name\">{PageShell.Encode(figure.Name)}</div>")
                .Append(CultureInfo.InvariantCulture, $"<div class=\"value\">{PageShell.Encode(figure.Text)}</div>")
                .Append(CultureInfo.InvariantCulture, $"<div class=\"change{direction}\">{PageShell.Encode(change)}</div></div>\n");
        }
        return html.Append("</div>\n").ToString();
    }

    private static void Charts(StringBuilder body, IEnumerable<DashboardChart> charts, Func<DashboardChart, string> source)
    {
        body.Append("<div class=\"charts\">\n");
        foreach (var chart in charts)
        {
            body.Append(CultureInfo.InvariantCulture, $"<section class=\"chart\" id=\"section-{chart.Id}\"><h2>{PageShell.Encode(chart.Title)}</h2>")
                .Append(CultureInfo.InvariantCulture, $"<p class=\"reading\">{PageShell.Encode(chart.Reading)}</p>")
                .Append(Unfiltered(chart))
                .Append(CultureInfo.InvariantCulture, $"<div class=\"canvas\" id=\"chart-{chart.Id}\"></div>")
                .Append(CultureInfo.InvariantCulture, $"<p class=\"source\">Data: {source(chart)}</p></section>\n");
        }
        body.Append("</div>\n");
    }

    /// <summary>Without dates asked for, the history is every archived month, not the warehouse's range.</summary>
    private static string History(ReportFilter history) => history.EveryDay ? $"every archived month, {history.DescribeSales()}" : history.Describe();

    /// <summary>Which parts of the filter a chart's report does not take, as the chart's own note.</summary>
    private static string Unfiltered(DashboardChart chart)
    {
        if (chart.Filtered)
        {
            return "";
        }
        string[] parts = [.. chart.Ignores.Select(part => part switch { "from" => "start date", "to" => "end date", _ => part })];
        var list = parts.Length == 1 ? parts[0] : $"{string.Join(", ", parts[..^1])} and {parts[^1]}";
        return $"<p class=\"unfiltered\">Not filtered by the {PageShell.Encode(list)}: {PageShell.Encode(chart.Source)}.sql takes no such parameter.</p>";
    }

    private static string Filters(DashboardView view)
    {
        var html = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/dashboard\">\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<label>from<input type=\"date\" name=\"from\" value=\"{view.Filter.From:yyyy-MM-dd}\" min=\"{view.Choices.FirstDay:yyyy-MM-dd}\"></label>\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<label>to<input type=\"date\" name=\"to\" value=\"{view.Filter.To:yyyy-MM-dd}\" max=\"{view.Choices.LastDay:yyyy-MM-dd}\"></label>\n");
        html.Append(Select("category", view.Choices.Categories, view.Filter.Category));
        html.Append(Select("region", view.Choices.Regions, view.Filter.Region));
        return html.Append("<button type=\"submit\">Apply</button> <a href=\"/dashboard\">reset</a>\n</form>\n").ToString();
    }

    private static string Select(string name, IEnumerable<string> values, string chosen)
    {
        var html = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<label>{name}<select name=\"{name}\"><option value=\"\">all</option>");
        foreach (var value in values)
        {
            var selected = value == chosen ? " selected" : "";
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{PageShell.Encode(value)}\"{selected}>{PageShell.Encode(value)}</option>");
        }
        return html.Append("</select></label>\n").ToString();
    }
}
