using Strata.Pipeline;
using Strata.Postgres;
using Strata.Quality;
using Strata.Sql;

namespace Strata.Monitoring.Notifications;

/// <summary>
/// Decides what a run's end is worth telling: a failed run (one alert per channel per run, however many tries its steps
/// took, since only the run's end is told), warn checks that failed in a run that went on, and a success after the
/// pipeline's previous run failed (a recovery, read from the run history, so the run history is to hear the run first).
/// </summary>
public sealed class NotificationObserver(AlertDispatcher dispatcher, PostgresDatabase raw, Redactor redactor, TimeProvider clock) : IRunObserver
{
    public Task RunStartedAsync(PipelineRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StepFinishedAsync(PipelineRun run, StepResult result, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RunFinishedAsync(PipelineRun run, RunOutcome outcome, CancellationToken cancellationToken)
    {
        if (dispatcher.Channels.Count == 0)
        {
            return;
        }
        foreach (var alert in await AlertsAsync(run, outcome, cancellationToken))
        {
            await dispatcher.SendAsync(alert, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<Alert>> AlertsAsync(PipelineRun run, RunOutcome outcome, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var atFault = outcome.Steps.SelectMany(step => step.Checks).Where(check => !check.Passed).ToList();
        if (outcome.Status == PipelineStatus.Failed)
        {
            var failed = outcome.Steps.First(step => step.Status == PipelineStatus.Failed);
            return [Alert(Notifications.Alert.RunFailed, run, failed.Name, failed.Error, atFault, at)];
        }
        if (outcome.Status is not (PipelineStatus.Succeeded or PipelineStatus.Running))
        {
            return []; // abandoned: stopped from outside (a server shutting down); the scheduler runs it again
        }
        var alerts = new List<Alert>();
        var warned = atFault.Where(check => check.Severity == Severity.Warn).ToList();
        if (warned.Count > 0)
        {
            var step = outcome.Steps.First(step => step.Checks.Any(check => !check.Passed)).Name;
            alerts.Add(Alert(Notifications.Alert.CheckWarned, run, step, null, warned, at));
        }
        if (outcome.Status == PipelineStatus.Succeeded && await PreviousRunFailedAsync(run, cancellationToken))
        {
            alerts.Add(Alert(Notifications.Alert.RunRecovered, run, null, null, [], at));
        }
        return alerts;
    }

    private Alert Alert(string @event, PipelineRun run, string? step, string? error, IReadOnlyList<CheckResult> checks, DateTimeOffset at) =>
        new(@event, run.Pipeline, run.Partition, run.RunId, step, redactor.RedactOrNull(error),
            [.. checks.Select(check => check with { Observed = redactor.Redact(check.Observed), Expected = redactor.Redact(check.Expected) })], at);

    private async Task<bool> PreviousRunFailedAsync(PipelineRun run, CancellationToken cancellationToken) =>
        await raw.ScalarAsync<string>(SqlCatalog.Read("raw/status/previous_run.sql"), cancellationToken,
            ("pipeline", run.Pipeline), ("run_id", run.RunId)) == PipelineStatus.Failed;
}
