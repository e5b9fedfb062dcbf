using System.CommandLine;
using Spectre.Console;
using Strata.Cli.Hosting;
using Strata.Pipeline.Graph;

namespace Strata.Cli.Commands;

/// <summary>`strata manifest`: the pipeline graph (pipelines, schedules, steps, datasets, retries, timeouts, checks), declared once in C#.</summary>
internal static class ManifestCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("manifest",
            "Print the pipeline graph: every pipeline's schedule and steps, what each reads and writes, its retries, timeout and checks "
            + "(with --json, the manifest the Airflow DAGs and Dagster definitions are generated from).");
        var mermaid = new Option<bool>("--mermaid") { Description = "Print the graph as Mermaid flowcharts (what docs/pipelines.md shows)." };
        command.Options.Add(mermaid);
        command.SetAction((parsed, cancellationToken) => runner.RunAsync(
            parsed,
            (context, _) => Task.FromResult(Manifest.From(PipelineCatalogue.In(context.Settings.TimeZone))),
            (manifest, console) =>
            {
                if (parsed.GetValue(mermaid))
                {
                    runner.Environment.Out.Write(ManifestMermaid.Render(manifest));
                }
                else
                {
                    Render(manifest, console);
                }
            },
            cancellationToken));
        return command;
    }

    private static void Render(Manifest manifest, IAnsiConsole console)
    {
        foreach (var pipeline in manifest.Pipelines)
        {
            var schedule = Markup.Escape($"{pipeline.Schedule.Cron} ({pipeline.Schedule.Timezone})");
            var tree = new Tree($"[bold]{pipeline.Name}[/]: {schedule}, partition {pipeline.Partition}");
            foreach (var step in pipeline.Steps)
            {
                var node = tree.AddNode($"{step.Name} (after {(step.DependsOn.Count == 0 ? "nothing" : string.Join(", ", step.DependsOn))}; "
                    + $"{step.Retries} retries, timeout {step.TimeoutS} s)");
                node.AddNode(Markup.Escape($"reads {string.Join(", ", step.Reads)}"));
                node.AddNode(Markup.Escape($"writes {string.Join(", ", step.Writes)}"));
                if (step.Checks.Count > 0)
                {
                    node.AddNode(Markup.Escape($"checks {string.Join(", ", step.Checks)}"));
                }
            }
            console.Write(tree);
        }
    }
}
