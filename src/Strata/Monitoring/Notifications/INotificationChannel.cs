namespace Strata.Monitoring.Notifications;

/// <summary>One way to reach people: Slack, e-mail, a webhook. Sends one alert once; retrying is the dispatcher's.</summary>
public interface INotificationChannel
{
    /// <summary>"slack", "email", "webhook": for logs.</summary>
    string Name { get; }

    /// <summary>Where it sends, safe to log: a host and port, never a path, a token or a password.</summary>
    string Target { get; }

    Task SendAsync(Alert alert, CancellationToken cancellationToken);
}
