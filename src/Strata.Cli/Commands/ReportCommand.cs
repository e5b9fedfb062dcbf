using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Cli.Output;
using Strata.Reports;

namespace Strata.Cli.Commands;

/// <summary>`strata report --tier T [--out DIR]`: runs the tier's report catalogue (sql/reports/T) and writes each result as CSV (and JSON with --json).</summary>
internal static class ReportCommand
{
    public static Command Create(CommandRunner runner)
    {
        var tier = new Option<string>("--tier") { Description = "Which tier's reports to run.", Required = true };
        tier.AcceptOnlyFromAmong([.. SqlTiers.Names.Where(name => new ReportCatalogue(name).Names.Count > 0)]);
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for the result files (default: STRATA_DATA/reports/<tier>)." };
        var command = new Command("report", "Run a tier's reports and write each result as CSV, and as JSON too with --json.") { tier, output };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            (context, ct) =>
            {
                var name = parsed.GetValue(tier)!;
                var folder = parsed.GetValue(output)?.FullName ?? Path.Combine(context.Settings.DataDirectory, "reports", name);
                return RunAsync(context, name, folder, parsed.GetValue(CommandRunner.JsonOption), ct);
            },
            Render,
            cancellationToken));
        return command;
    }

    private static async Task<ReportRun> RunAsync(CommandContext context, string tierName, string folder, bool json, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var owned = new Stack<IAsyncDisposable>();
        var written = new List<ReportFile>();
        try
        {
            var store = SqlTiers.Open(tierName, context.Settings, owned);
            var catalogue = new ReportCatalogue(tierName);
            foreach (var report in catalogue.Names)
            {
                var rows = await WriteAsync(store, catalogue.Sql(report), Path.Combine(folder, report + ".csv"), ResultFormat.Csv, cancellationToken);
                if (json)
                {
                    await WriteAsync(store, catalogue.Sql(report), Path.Combine(folder, report + ".json"), ResultFormat.Json, cancellationToken);
                }
                written.Add(new ReportFile(report, rows, Path.Combine(folder, report + ".csv")));
            }
        }
        finally
        {
            while (owned.TryPop(out var resource))
            {
                await resource.DisposeAsync();
            }
        }
        return new ReportRun(tierName, folder, written);
    }

    private static async Task<long> WriteAsync(Strata.Querying.ISqlTier store, string sql, string path, ResultFormat format, CancellationToken cancellationToken)
    {
        await using var result = await store.QueryAsync(sql, cancellationToken);
        await using var file = new StreamWriter(path);
        return (await ResultWriter.WriteAsync(result, format, file, envelope: false, store.Name, cancellationToken)).RowCount;
    }

    private static void Render(ReportRun run, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("report", "rows", "file");
        foreach (var report in run.Reports)
        {
            table.AddRow(report.Name, report.Rows.ToString("N0", CultureInfo.InvariantCulture), report.File);
        }
        console.Write(table);
    }

    /// <summary>Which reports ran on which tier, how many rows each returned, and where the files are.</summary>
    private sealed record ReportRun(string Tier, string Folder, IReadOnlyList<ReportFile> Reports);

    private sealed record ReportFile(string Name, long Rows, string File);
}
