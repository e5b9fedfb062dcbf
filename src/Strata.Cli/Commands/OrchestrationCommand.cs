using System.CommandLine;
using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Orchestration;
using Strata.Pipeline.Graph;

namespace Strata.Cli.Commands;

/// <summary>
/// `strata orchestration generate [--out DIR] [--check]`: the Airflow DAGs and the Dagster code location, generated from
/// the pipeline manifest in this process (no second source of the graph); with --check, exit 1 when the files in DIR
/// differ from what the manifest generates, touching nothing.
/// </summary>
internal static class OrchestrationCommand
{
    public static Command Create(CommandRunner runner)
    {
        var output = new Option<string>("--out")
        {
            Description = "The orchestration folder: airflow/dags/ and dagster/ are written under it.",
            DefaultValueFactory = _ => "orchestration",
        };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when a file differs from what the manifest generates." };
        var generate = new Command("generate",
            "Write the Airflow DAGs and the Dagster code location generated from the pipeline manifest (schedules read in STRATA_TIMEZONE).")
        {
            output, check,
        };
        generate.SetAction((parsed, cancellationToken) => runner.RunAsync(parsed, (context, _) =>
        {
            var folder = new OrchestrationFolder(parsed.GetValue(output)!);
            var files = OrchestrationFiles.From(Manifest.From(PipelineCatalogue.In(context.Settings.TimeZone)));
            var checking = parsed.GetValue(check);
            var states = checking ? folder.Compare(files) : folder.Write(files);
            return Task.FromResult(new GenerateReport(folder.Root, checking, [.. states.Select(state => new FileReport(state.Path, Status(state.Status)))]));
        }, Render, cancellationToken));
        return new Command("orchestration", "The orchestrators' files (Airflow, Dagster), generated from the pipeline manifest.") { generate };
    }

    private static string Status(FileStatus status) => status switch
    {
        FileStatus.Unchanged => "unchanged",
        FileStatus.Differs => "differs",
        FileStatus.Missing => "missing",
        _ => "not_generated",
    };

    private static void Render(GenerateReport report, IAnsiConsole console)
    {
        foreach (var file in report.Files.Where(file => file.Status != "unchanged"))
        {
            console.MarkupLineInterpolated($"{(report.Checked ? "stale" : "written")}  {file.Path} ({file.Status.Replace('_', ' ')})");
        }
        console.WriteLine(report.Checked
            ? report.Succeeded ? $"{report.Directory} matches the manifest." : $"{report.Directory} is stale: run `strata orchestration generate`."
            : $"{report.Files.Count(file => file.Status != "unchanged")} file(s) written under {report.Directory}.");
    }

    /// <summary>What the command reports: every file and how it stood; with --check it fails when any is not unchanged.</summary>
    private sealed record GenerateReport(string Directory, bool Checked, IReadOnlyList<FileReport> Files) : IOutcome
    {
        public bool Stale => Files.Any(file => file.Status != "unchanged");

        [System.Text.Json.Serialization.JsonIgnore]
        public bool Succeeded => !Checked || !Stale;
    }

    private sealed record FileReport(string Path, string Status);
}
