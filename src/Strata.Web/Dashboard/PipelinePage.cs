using System.Globalization;
using System.Text;

namespace Strata.Web.Dashboard;

/// <summary>The dashboard's pipeline page: the <see cref="PipelineView"/>'s tables as they come from their queries.</summary>
public static class PipelinePage
{
    public static string Render(PipelineView view, DashboardConnections connections, DateTimeOffset generatedAt)
    {
        var body = new StringBuilder();
        var owner = connections.LeastPrivilege ? "" : " owner";
        var sentence = connections.Describe();
        var identity = PageShell.Encode(char.ToUpperInvariant(sentence[0]) + sentence[1..]);
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"identity{owner}\">{identity}.</p>\n");
        Table(body, "Tier freshness: each tier's last load", view.Freshness);
        Table(body, "Recent runs and their steps' timings", view.Runs);
        Table(body, "Data-quality results of the latest runs", view.Checks);
        Table(body, "Reconciliation ledger: read = loaded + duplicates + quarantined", view.Ledger);
        Table(body, "Who the dashboard reads each tier as, asked of its sessions", view.Identity);
        var subtitle = string.Create(CultureInfo.InvariantCulture, $"run history and checks; generated {generatedAt:yyyy-MM-dd HH:mm} UTC");
        return PageShell.Render("Strata pipeline", subtitle,
            "<nav><a href=\"/dashboard\">Sales</a><a href=\"/dashboard/pipeline\">Pipeline</a></nav>", body.ToString(), script: null);
    }

    private static void Table(StringBuilder body, string title, QueryRows rows)
    {
        body.Append(CultureInfo.InvariantCulture, $"<h2 class=\"part\">{PageShell.Encode(title)}</h2>\n");
        body.Append(CultureInfo.InvariantCulture, $"<div class=\"table-scroll\"><table data-table=\"{rows.Source}\"><thead><tr>");
        foreach (var column in rows.Columns)
        {
            body.Append("<th>").Append(PageShell.Encode(column)).Append("</th>");
        }
        body.Append("</tr></thead><tbody>\n");
        foreach (var row in rows.Values)
        {
            body.Append("<tr>");
            foreach (var value in row)
            {
                body.Append(Cell(value));
            }
            body.Append("</tr>\n");
        }
        if (rows.Values.Count == 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"{rows.Columns.Count}\">nothing recorded yet</td></tr>\n");
        }
        body.Append("</tbody></table></div>\n");
    }

    private static string Cell(object? value) => value switch
    {
        null => "<td></td>",
        false => "<td class=\"failed\">false</td>",
        decimal amount => $"<td class=\"number\">{Money.Format(amount)}</td>",
        int or long or short => $"<td class=\"number\">{Money.Count(Convert.ToInt64(value, CultureInfo.InvariantCulture))}</td>",
        DateTime instant => $"<td>{instant.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC</td>",
        _ => $"<td>{PageShell.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")}</td>",
    };
}
