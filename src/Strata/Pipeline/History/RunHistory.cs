using Strata.Postgres;
using Strata.Quality;
using Strata.Sql;

namespace Strata.Pipeline.History;

/// <summary>
/// Writes the run history (strata_meta in the raw tier, created by `strata db init`) as a run goes: the run when
/// it starts (running), every attempt of every step with its checks as it ends, the run's status and error when it
/// ends. Its own failure is logged by <see cref="RunObservers"/> and never fails the pipeline.
/// </summary>
public sealed class RunHistory(PostgresDatabase raw) : IRunObserver
{
    public Task RunStartedAsync(PipelineRun run, CancellationToken cancellationToken) =>
        raw.ExecuteAsync(SqlCatalog.Read("raw/runs/start.sql"), cancellationToken,
            ("run_id", run.RunId), ("pipeline", run.Pipeline), ("partition_key", run.Partition),
            ("first_day", run.Days?.First), ("last_day", run.Days?.Last), ("trigger", run.Trigger), ("scheduled_for", run.ScheduledFor),
            ("host", Environment.MachineName), ("process_id", Environment.ProcessId));

    public async Task StepFinishedAsync(PipelineRun run, StepResult result, CancellationToken cancellationToken)
    {
        await using var connection = await raw.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var started = result.StartedAt == default ? DateTime.UtcNow : result.StartedAt;
        await connection.ExecuteAsync(SqlCatalog.Read("raw/runs/record_step.sql"), cancellationToken,
            ("run_id", run.RunId), ("step", result.Name), ("attempt", result.Attempt), ("status", result.Status),
            ("started_at", started), ("finished_at", started.AddMilliseconds(result.DurationMs)), ("duration_ms", result.DurationMs),
            ("rows_in", result.RowsIn), ("rows_out", result.RowsOut), ("peak_memory_mb", result.PeakMemoryMb), ("error", result.Error));
        foreach (var check in result.Checks)
        {
            await connection.ExecuteAsync(SqlCatalog.Read("raw/runs/record_check.sql"), cancellationToken,
                ("run_id", run.RunId), ("step", result.Name), ("attempt", result.Attempt), ("check_name", check.Name), ("dataset", check.Dataset),
                ("severity", Severities.Name(check.Severity)), ("passed", check.Passed),
                ("observed", check.Observed), ("expected", check.Expected), ("failing_rows", check.FailingRows));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public Task RunFinishedAsync(PipelineRun run, RunOutcome outcome, CancellationToken cancellationToken) =>
        raw.ExecuteAsync(SqlCatalog.Read("raw/runs/finish.sql"), cancellationToken,
            ("run_id", run.RunId), ("status", outcome.Status), ("error", outcome.Error));
}
