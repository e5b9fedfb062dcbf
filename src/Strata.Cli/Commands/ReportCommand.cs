using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Cli.Output;
using Strata.Configuration;
using Strata.Querying;
using Strata.Reports;

namespace Strata.Cli.Commands;

/// <summary>
/// `strata report --tier T [--out DIR]`: run every report of a tier and write each result as a CSV file (and a JSON file
/// with --json); `strata report --html [--out DIR]`: the HTML report with charts of both tiers (<see cref="HtmlReport"/>).
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CommandRunner runner)
    {
        var tier = new Option<string>("--tier") { Description = "Which tier's reports to run.", DefaultValueFactory = _ => "clickhouse" };
        tier.AcceptOnlyFromAmong(SqlTiers.Names(ReportCatalogue.Tiers));
        var output = new Option<string?>("--out")
        {
            Description = "Directory for the CSV files (default: <STRATA_DATA>/reports/<tier>, with --html <STRATA_DATA>/reports/html).",
        };
        var html = new Option<bool>("--html")
        {
            Description = "Write one self-contained HTML report with charts of both tiers (opens offline), and the CSV behind each chart.",
        };
        var command = new Command("report",
            "Run the analytical reports of one tier and write each result as CSV (RFC 4180, with a header), and as JSON too with --json; "
            + "or, with --html, the HTML report with charts.")
        {
            tier, output, html,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(html) && result.GetResult(tier) is { Implicit: false })
            {
                result.AddError("--html draws the reports of both tiers: leave out --tier.");
            }
        });
        command.SetAction((parsed, cancellationToken) =>
        {
            var folder = parsed.GetValue(output) is { } given ? Path.GetFullPath(given, runner.Environment.WorkingDirectory) : null;
            return parsed.GetValue(html)
                ? runner.RunAsync(parsed, (context, ct) => HtmlReport.WriteAsync(context, folder ?? HtmlReport.DefaultDirectory(context), ct),
                    HtmlReport.Render, cancellationToken)
                : runner.RunAsync(parsed,
                    (context, ct) => RunAsync(context, SqlTiers.Parse(parsed.GetValue(tier)!), folder, parsed.GetValue(CommandRunner.JsonOption), ct),
                    Render, cancellationToken);
        });
        return command;
    }

    private static async Task<ReportSummary> RunAsync(CommandContext context, Tier tier, string? output, bool json, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(output ?? Path.Combine(context.Settings.DataDirectory, "reports", tier.EngineName()));
        Directory.CreateDirectory(directory);
        var owned = new Stack<IAsyncDisposable>();
        try
        {
            var store = SqlTiers.Open(tier, context.Settings, owned);
            var written = new List<ReportFile>();
            foreach (var report in ReportCatalogue.ForTier(tier))
            {
                var file = Path.Combine(directory, report.Name + ".csv");
                var rows = await WriteAsync(store, report, file, ResultFormat.Csv, cancellationToken);
                if (json)
                {
                    await WriteAsync(store, report, Path.ChangeExtension(file, ".json"), ResultFormat.Json, cancellationToken);
                }
                written.Add(new ReportFile(report.Name, report.Title, rows, file));
            }
            return new ReportSummary(tier.EngineName(), directory, written);
        }
        finally
        {
            while (owned.TryPop(out var resource))
            {
                await resource.DisposeAsync();
            }
        }
    }

    private static async Task<long> WriteAsync(ISqlTier store, Report report, string file, ResultFormat format, CancellationToken cancellationToken)
    {
        // The CLI's report covers everything: every day, every category, every region.
        await using var result = await report.RunAsync(store, ReportFilter.Everything, cancellationToken);
        await using var writer = new StreamWriter(file);
        return (await ResultWriter.WriteAsync(result, format, writer, envelope: false, store.Name, cancellationToken)).RowCount;
    }

    private static void Render(ReportSummary summary, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("report", "rows", "file");
        foreach (var report in summary.Reports)
        {
            table.AddRow(report.Name, report.Rows.ToString("N0", CultureInfo.InvariantCulture), report.File);
        }
        console.Write(table);
    }

    /// <summary>What `strata report` wrote: one CSV file per report of the tier.</summary>
    private sealed record ReportSummary(string Tier, string Out, IReadOnlyList<ReportFile> Reports);

    private sealed record ReportFile(string Name, string Title, long Rows, string File);
}
