namespace Strata.Monitoring.Notifications;

/// <summary>The channels the settings configure, in the order alerts are logged: Slack, e-mail, webhook.</summary>
public static class AlertChannels
{
    /// <summary>One client for the process's webhooks (Slack's and the generic one); its own timeout is the dispatcher's per-try bound.</summary>
    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public static IReadOnlyList<INotificationChannel> From(NotificationSettings settings)
    {
        var channels = new List<INotificationChannel>();
        if (settings.SlackWebhook is { } slack)
        {
            channels.Add(new SlackChannel(slack, Http));
        }
        if (settings is { Smtp: { } smtp, EmailFrom: { } from, EmailTo.Count: > 0 })
        {
            channels.Add(new EmailChannel(smtp, from, settings.EmailTo));
        }
        if (settings.Webhook is { } webhook)
        {
            channels.Add(new WebhookChannel(webhook, settings.WebhookSecret, Http));
        }
        return channels;
    }
}
