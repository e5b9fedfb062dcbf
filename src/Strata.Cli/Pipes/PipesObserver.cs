using Strata.Pipeline;

namespace Strata.Cli.Pipes;

/// <summary>
/// Tells Dagster what a run did, through the process's Pipes session: one asset materialization per step that
/// succeeded, with its measurements as typed metadata, and one asset check result per data-quality check that guarded
/// it. A step's asset is <c>PIPELINE/STEP</c> ("daily/extract"), the key the generated code location gives it.
/// </summary>
internal sealed class PipesObserver(PipesSession session) : IRunObserver
{
    public static string AssetKey(string pipeline, string step) => $"{pipeline}/{step}";

    public Task RunStartedAsync(PipelineRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StepFinishedAsync(PipelineRun run, StepResult result, CancellationToken cancellationToken)
    {
        // A monthly range names its steps "2024-03/check"; the asset is the step, whatever the month.
        var key = AssetKey(run.Pipeline, result.Name[(result.Name.LastIndexOf('/') + 1)..]);
        if (session.Targets(key) && result.Status != PipelineStatus.Skipped)
        {
            if (result.Succeeded)
            {
                session.ReportMaterialization(key, Metadata(run, result));
            }
            foreach (var check in result.Checks)
            {
                session.ReportCheck(key, check);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>A failed or abandoned run is the exception "closed" carries: the failed step's own, or its message.</summary>
    public Task RunFinishedAsync(PipelineRun run, RunOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Status is PipelineStatus.Failed or PipelineStatus.Abandoned)
        {
            var failed = outcome.Steps.FirstOrDefault(step => step.Status == PipelineStatus.Failed);
            session.Fail(failed?.Fault is { } fault
                ? PipesException.From(fault)
                : PipesException.Of("StrataRunFailed", $"{run.Pipeline} run {run.RunId} {outcome.Status}: {outcome.Error}"));
        }
        return Task.CompletedTask;
    }

    private static Dictionary<string, PipesMetadataValue> Metadata(PipelineRun run, StepResult result) => new()
    {
        ["dagster/row_count"] = PipesMetadataValue.Int(result.RowsOut),
        ["rows_in"] = PipesMetadataValue.Int(result.RowsIn),
        ["rows_out"] = PipesMetadataValue.Int(result.RowsOut),
        ["duration_s"] = PipesMetadataValue.Float(result.DurationMs / 1000.0),
        ["peak_memory_mb"] = PipesMetadataValue.Float(result.PeakMemoryMb),
        ["attempt"] = PipesMetadataValue.Int(result.Attempt),
        ["partition"] = PipesMetadataValue.Text(run.Partition),
        ["strata_run_id"] = PipesMetadataValue.Text(run.RunId.ToString()),
    };
}
