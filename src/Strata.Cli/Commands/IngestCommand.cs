using System.CommandLine;
using System.Globalization;
using System.Text.Json.Serialization;
using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Cli.Output;
using Strata.Pipeline;
using Strata.Postgres;
using Strata.Quality;
using Strata.Raw.Ingest;
using Strata.Sources;

namespace Strata.Cli.Commands;

/// <summary>
/// `strata ingest DIR|FILE|URL [--format strata|online-retail-ii]`: load CSV (or a JSON Lines API) into the raw tier, bad rows
/// to quarantine.
/// </summary>
internal static class IngestCommand
{
    private static readonly Dictionary<string, IngestFormat> Formats = new()
    {
        ["strata"] = IngestFormat.Strata,
        ["online-retail-ii"] = IngestFormat.OnlineRetailII,
    };

    public static Command Create(CommandRunner runner)
    {
        var path = new Argument<string>("path")
        {
            Description = "A CSV file, a directory whose *.csv files are all ingested (customers, then products, then sales), "
                + "or the http(s) address of a JSON Lines API (docs/ingest.md).",
        };
        var format = new Option<string>("--format")
        {
            Description = "strata: customer_data / product_data / sales_data files (see docs/ingest.md); online-retail-ii: the UCI Online Retail II export.",
            DefaultValueFactory = _ => "strata",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var command = new Command("ingest", "Load CSV files into the raw tier: clean, drop exact duplicates, quarantine bad rows with a reason.")
        {
            path, format,
        };
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            (context, ct) => IngestAsync(context, parsed.GetValue(path)!, runner.Environment.WorkingDirectory, Formats[parsed.GetValue(format)!], ct),
            Render,
            cancellationToken));
        return command;
    }

    /// <summary>PATH is an API's address, or a file or folder read relative to the caller's <paramref name="workingDirectory"/>.</summary>
    private static async Task<IngestSummary> IngestAsync(
        CommandContext context, string path, string workingDirectory, IngestFormat format, CancellationToken cancellationToken)
    {
        var outcome = ApiIngest.Address(path) is { } api
            ? await ApiIngest.IngestAsync(context, api, cancellationToken)
            : await FilesAsync(context, InputFiles.Find(Path.GetFullPath(path, workingDirectory)), format, cancellationToken);
        return new IngestSummary(outcome.Outcome.Status, outcome.Report.Tables, outcome.Report.Files)
        {
            RunId = outcome.RunId,
            Error = outcome.Outcome.Error,
            Checks = [.. outcome.Steps.SelectMany(step => step.Checks)],
        };
    }

    private static async Task<IngestOutcome> FilesAsync(CommandContext context, IReadOnlyList<string> files, IngestFormat format,
        CancellationToken cancellationToken)
    {
        await using var raw = new PostgresDatabase(context.Settings.Raw);
        var options = new RunOptions { Observer = PipelineObservers.Create(context, raw) };
        return await context.Progress.RunAsync("Ingesting", files.Sum(file => new FileInfo(file).Length),
            progress => new IngestRunner(raw, context.LoggerFactory).RunAsync(files, format, progress, options, cancellationToken));
    }

    private static void Render(IngestSummary summary, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("table", "read", "loaded", "duplicates", "quarantined", "check")
            .Caption("check: read = loaded + duplicates + quarantined");
        foreach (var (name, counts) in summary.Tables)
        {
            table.AddRow(name, Number(counts.Read), Number(counts.Loaded), Number(counts.Duplicates), Number(counts.Quarantined),
                counts.Balanced ? "holds" : "[red]VIOLATED[/]");
        }
        console.Write(table);
        foreach (var file in summary.Files)
        {
            if (file.Status == FileStatus.Loaded)
            {
                console.MarkupLineInterpolated($"loaded   {file.File}");
            }
            else
            {
                console.MarkupLineInterpolated($"[red]refused[/]  {file.Message}");
            }
        }
        CheckTable.Write(summary.Checks, console);
        if (summary.Error is not null && summary.Files.All(file => file.Status == FileStatus.Loaded))
        {
            console.MarkupLineInterpolated($"[red]failed[/]   {summary.Error}");
        }
        if (summary.Tables.Values.Any(counts => counts.Quarantined > 0))
        {
            console.WriteLine("Quarantined rows and their reasons: strata query \"SELECT * FROM quarantine ORDER BY quarantine_id DESC\"");
        }
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>The ingest's summary: counts per business table, and every file's outcome. Fails when a file was refused.</summary>
internal sealed record IngestSummary(string Status, IReadOnlyDictionary<string, TableCounts> Tables, IReadOnlyList<FileReport> Files) : IOutcome
{
    public Guid RunId { get; init; }

    public string? Error { get; init; }

    /// <summary>The raw tier's contract checks on the rows this ingest wrote.</summary>
    public IReadOnlyList<CheckResult> Checks { get; init; } = [];

    [JsonIgnore]
    public bool Succeeded => Status == PipelineStatus.Succeeded;
}
