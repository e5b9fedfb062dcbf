using System.Net;
using System.Text;

namespace Strata.Web.Dashboard;

/// <summary>The frame of every page: one self-contained HTML document (styles and scripts inline, nothing fetched).</summary>
internal static class PageShell
{
    public static string Render(string title, string subtitle, string navigation, string body, string? script)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // An empty icon of its own: otherwise the browser asks the server for /favicon.ico, a 404 in the console.
        html.Append("<link rel=\"icon\" href=\"data:,\">\n");
        html.Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(PageAssets.Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>").Append(Encode(title)).Append("</h1><p>").Append(Encode(subtitle)).Append("</p>").Append(navigation).Append("</header>\n");
        html.Append("<main>\n").Append(body).Append("</main>\n");
        if (script is not null)
        {
            html.Append("<script>\n").Append(PageAssets.ECharts).Append("\n</script>\n");
            html.Append("<script>\n").Append(script).Append("\n</script>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
