using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Strata.Monitoring.Notifications;

/// <summary>
/// Sends an alert to every channel at once, each tried again with exponential backoff and jitter (Polly) while it fails,
/// within a bound per try; a channel still down after its last try is logged and given up. Never throws: an alert that
/// cannot be delivered must not fail the pipeline it reports on. Errors are redacted before they are logged.
/// </summary>
public sealed partial class AlertDispatcher(IReadOnlyList<INotificationChannel> channels, NotificationSettings settings, Redactor redactor, ILogger logger)
{
    /// <summary>How long one try may take before it counts as failed (a server that accepts and never answers).</summary>
    private static readonly TimeSpan TryTimeout = TimeSpan.FromSeconds(15);

    public IReadOnlyList<INotificationChannel> Channels => channels;

    public async Task SendAsync(Alert alert, CancellationToken cancellationToken) =>
        await Task.WhenAll(channels.Select(channel => DeliverAsync(channel, alert, cancellationToken)));

    private async Task DeliverAsync(INotificationChannel channel, Alert alert, CancellationToken cancellationToken)
    {
        var retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(
                    failure => failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested),
                MaxRetryAttempts = Math.Max(settings.Attempts - 1, 0),
                Delay = settings.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = arguments =>
                {
                    Retrying(logger, channel.Name, channel.Target, alert.Event, arguments.AttemptNumber + 2, arguments.RetryDelay.TotalSeconds,
                        Describe(arguments.Outcome.Exception));
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        try
        {
            await retry.ExecuteAsync(async ct =>
            {
                using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
                bounded.CancelAfter(TryTimeout);
                await channel.SendAsync(alert, bounded.Token);
            }, cancellationToken);
            Sent(logger, alert.Event, alert.Pipeline, channel.Name, channel.Target, alert.RunId);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            GaveUp(logger, channel.Name, channel.Target, alert.Event, alert.Pipeline, settings.Attempts, Describe(failure), alert.RunId);
        }
    }

    private string Describe(Exception? failure) => failure is null ? "" : redactor.Redact($"{failure.GetType().Name}: {failure.Message}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {Event} for {Pipeline} sent to {Channel} ({Target}) (run {RunId})")]
    private static partial void Sent(ILogger logger, string @event, string pipeline, string channel, string target, Guid runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {Event} to {Channel} ({Target}) failed; try {Attempt} in {DelaySeconds:0.0} s ({Error})")]
    private static partial void Retrying(ILogger logger, string channel, string target, string @event, int attempt, double delaySeconds, string error);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Alert {Event} for {Pipeline} could not be sent to {Channel} ({Target}) after {Attempts} tries: {Error}; "
            + "the run is not affected (run {RunId})")]
    private static partial void GaveUp(ILogger logger, string channel, string target, string @event, string pipeline, int attempts, string error, Guid runId);
}
