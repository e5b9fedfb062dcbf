using System.CommandLine;
using System.Globalization;
using System.Text.Json.Serialization;
using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Cli.Output;
using Strata.Diagnostics;
using Strata.Pipeline;
using Strata.Pipeline.Graph;
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
        var moveLoaded = new Option<bool>("--move-loaded")
        {
            Description = "PATH is a drop folder, as strata serve's scheduled ingest reads it: no .csv files in it is nothing to do, and every file "
                + "that loaded moves into its loaded/ folder, so the next run does not read it again (an orchestrator's nightly task).",
        };
        var flags = new RunFlags([.. PipelineCatalogue.Ingest.Steps.Select(step => step.Name)]);
        var command = new Command("ingest", "Load CSV files into the raw tier: clean, drop exact duplicates, quarantine bad rows with a reason.")
        {
            path, format, moveLoaded,
        };
        flags.AddTo(command);
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            (context, ct) => IngestAsync(context, new IngestInput(parsed.GetValue(path)!, runner.Environment.WorkingDirectory, parsed.GetValue(moveLoaded)),
                Formats[parsed.GetValue(format)!], flags.Apply(parsed, new RunOptions()), ct),
            Render,
            cancellationToken));
        return command;
    }

    private static async Task<IngestSummary> IngestAsync(
        CommandContext context, IngestInput input, IngestFormat format, RunOptions options, CancellationToken cancellationToken)
    {
        var outcome = ApiIngest.Address(input.Path) is { } api
            ? await ApiIngest.IngestAsync(context, api, options, cancellationToken)
            : await FilesAsync(context, input, format, options, cancellationToken);
        return new IngestSummary(outcome.Outcome.Status, outcome.Report.Tables, outcome.Report.Files)
        {
            RunId = outcome.RunId,
            Error = outcome.Outcome.Error,
            Checks = [.. outcome.Steps.SelectMany(step => step.Checks)],
        };
    }

    private static async Task<IngestOutcome> FilesAsync(CommandContext context, IngestInput input, IngestFormat format, RunOptions options,
        CancellationToken cancellationToken)
    {
        var files = input.Files();
        await using var raw = new PostgresDatabase(context.Settings.Raw);
        var observed = options with { Observer = PipelineObservers.Create(context, raw) };
        return await context.Progress.RunAsync("Ingesting", files.Sum(file => new FileInfo(file).Length),
            progress => new IngestRunner(raw, context.LoggerFactory).RunAsync(files, format, progress, observed, cancellationToken, input.LoadedFolder));
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

/// <summary>
/// What `strata ingest` reads: an API's address, or a file or folder relative to the caller's <see cref="WorkingDirectory"/>;
/// with <see cref="DropFolder"/>, a folder read as the scheduled ingest reads its drop folder.
/// </summary>
internal sealed record IngestInput(string Path, string WorkingDirectory, bool DropFolder)
{
    private string FullPath => System.IO.Path.GetFullPath(Path, WorkingDirectory);

    /// <summary>Where files that loaded are moved: inside a drop folder; nowhere otherwise.</summary>
    public string? LoadedFolder => DropFolder ? IngestRunner.LoadedFolder(FullPath) : null;

    /// <summary>The files to load; a drop folder may be empty (nothing arrived), any other folder may not.</summary>
    public IReadOnlyList<string> Files() => !DropFolder ? InputFiles.Find(FullPath)
        : Directory.Exists(FullPath) ? InputFiles.InFolder(FullPath)
        : throw new StrataException($"{Path}: no such folder; --move-loaded reads a drop folder.");
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
