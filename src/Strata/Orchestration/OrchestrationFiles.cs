using Strata.Pipeline.Graph;

namespace Strata.Orchestration;

/// <summary>
/// Every file `strata orchestration generate` writes under orchestration/, by its path there: the Airflow DAGs and the
/// Dagster definitions generated from the manifest, and the helpers they import, copied as they are embedded
/// (src/Strata/Orchestration/Templates/). The repository keeps them checked in; `--check` compares.
/// </summary>
public static class OrchestrationFiles
{
    /// <summary>Folders whose Python files are all generated: one the manifest no longer yields (a pipeline removed) is stale.</summary>
    public static IReadOnlyList<string> OwnedFolders { get; } = ["airflow/dags", "dagster/strata_dagster"];

    public static IReadOnlyList<GeneratedFile> From(Manifest manifest) =>
    [
        .. manifest.Pipelines.Select(pipeline => new GeneratedFile($"airflow/dags/{AirflowDag.FileName(pipeline)}", AirflowDag.Render(manifest, pipeline))),
        Template("airflow/dags/strata_airflow.py", "airflow/strata_airflow.py"),
        // Airflow's DAG processor needs not parse the helper module: it defines no DAG.
        Template("airflow/dags/.airflowignore", "airflow/airflowignore"),
        Template("dagster/pyproject.toml", "dagster/pyproject.toml"),
        Template("dagster/strata_dagster/__init__.py", "dagster/__init__.py"),
        Template("dagster/strata_dagster/steps.py", "dagster/steps.py"),
        new GeneratedFile($"dagster/strata_dagster/{DagsterDefinitions.FileName}", DagsterDefinitions.Render(manifest)),
    ];

    private static GeneratedFile Template(string path, string template)
    {
        using var stream = typeof(OrchestrationFiles).Assembly.GetManifestResourceStream($"orchestration/{template}")
            ?? throw new InvalidOperationException($"No embedded orchestration template '{template}'.");
        using var reader = new StreamReader(stream);
        return new GeneratedFile(path, reader.ReadToEnd());
    }
}

/// <summary>One generated file: its path under orchestration/ ("airflow/dags/strata_daily.py") and its text.</summary>
public sealed record GeneratedFile(string Path, string Text);
