using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Cli.Output;
using Strata.Web.Dashboard;

namespace Strata.Cli.Commands;

/// <summary>
/// `strata report --html`: the dashboard's page for the whole loaded range, written as one self-contained HTML file
/// (ECharts and the styles inline, so it opens offline), with the CSV behind each chart in csv/ beside it.
/// </summary>
internal static class HtmlReport
{
    public const string FileName = "report.html";

    public static string DefaultDirectory(CommandContext context) => Path.Combine(context.Settings.DataDirectory, "reports", "html");

    public static async Task<HtmlReportSummary> WriteAsync(CommandContext context, string directory, CancellationToken cancellationToken)
    {
        var csvDirectory = Path.Combine(directory, "csv");
        Directory.CreateDirectory(csvDirectory);
        // The dashboard's own sources: read-only, as the reader login when one is configured.
        await using var sources = await DashboardSources.OpenAsync(context.Settings, DashboardConnections.From(context.Settings), cancellationToken);
        var view = await sources.Data().LoadAsync(FilterRequest.All, TimeProvider.System, cancellationToken);
        var charts = new List<HtmlReportChart>();
        foreach (var chart in view.Charts)
        {
            var file = Path.Combine(csvDirectory, chart.Source + ".csv");
            await using (var writer = new StreamWriter(file))
            {
                await ResultWriter.WriteAsync(chart.Data.AsResult(), ResultFormat.Csv, writer, envelope: false, chart.Source, cancellationToken);
            }
            charts.Add(new HtmlReportChart(chart.Id, chart.Title, chart.Reading, chart.Data.Values.Count, file));
        }
        var html = Path.Combine(directory, FileName);
        await File.WriteAllTextAsync(html, DashboardPage.Report(view), cancellationToken);
        var figures = view.KeyFigures.Select(figure => new HtmlReportFigure(figure.Name, figure.Text, figure.ChangeText)).ToList();
        return new HtmlReportSummary(html, directory, figures, charts);
    }

    public static void Render(HtmlReportSummary summary, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("chart", "rows", "reading");
        foreach (var chart in summary.Charts)
        {
            table.AddRow(Markup.Escape(chart.Title), chart.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(chart.Reading));
        }
        console.Write(table);
        console.MarkupLineInterpolated(
            $"HTML report: [bold]{summary.Html}[/] (opens offline; the CSV behind each chart is in {Path.Combine(summary.Out, "csv")})");
    }
}

/// <summary>What `strata report --html` wrote: the page, its key figures and each chart with its reading and CSV file.</summary>
internal sealed record HtmlReportSummary(string Html, string Out, IReadOnlyList<HtmlReportFigure> KeyFigures, IReadOnlyList<HtmlReportChart> Charts);

internal sealed record HtmlReportFigure(string Name, string Value, string? Change);

internal sealed record HtmlReportChart(string Id, string Title, string Reading, int Rows, string Csv);
