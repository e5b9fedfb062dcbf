using Strata.Pipeline.Graph;

namespace Strata.Orchestration;

/// <summary>
/// Every file `strata orchestration generate` writes under orchestration/, by its path there: the Airflow DAGs and the
/// Dagster definitions generated from the manifest, and the hand-written helpers they import, which live in the
/// repository's orchestration/ and are embedded into the engine (Strata.csproj). The repository keeps them all checked in;
/// `--check` compares.
/// </summary>
public static class OrchestrationFiles
{
    /// <summary>Folders whose Python files are all generated: one the manifest no longer yields (a pipeline removed) is stale.</summary>
    public static IReadOnlyList<string> OwnedFolders { get; } = ["airflow/dags", "dagster/strata_dagster"];

    public static IReadOnlyList<GeneratedFile> From(Manifest manifest) =>
    [
        .. manifest.Pipelines.Select(pipeline => new GeneratedFile($"airflow/dags/{AirflowDag.FileName(pipeline)}", AirflowDag.Render(manifest, pipeline))),
        HandWritten("airflow/dags/strata_airflow.py"),
        // Airflow's DAG processor needs not parse the helper module: it defines no DAG.
        HandWritten("airflow/dags/.airflowignore"),
        HandWritten("dagster/pyproject.toml"),
        HandWritten("dagster/strata_dagster/__init__.py"),
        HandWritten("dagster/strata_dagster/steps.py"),
        new GeneratedFile($"dagster/strata_dagster/{DagsterDefinitions.FileName}", DagsterDefinitions.Render(manifest)),
    ];

    private static GeneratedFile HandWritten(string path)
    {
        using var stream = typeof(OrchestrationFiles).Assembly.GetManifestResourceStream($"orchestration/{path}")
            ?? throw new InvalidOperationException($"No embedded orchestration file '{path}'.");
        using var reader = new StreamReader(stream);
        return new GeneratedFile(path, reader.ReadToEnd());
    }
}

/// <summary>One generated file: its path under orchestration/ ("airflow/dags/strata_daily.py") and its text.</summary>
public sealed record GeneratedFile(string Path, string Text);
