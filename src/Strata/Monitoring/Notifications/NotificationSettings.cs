using System.Globalization;
using Strata.Diagnostics;

namespace Strata.Monitoring.Notifications;

/// <summary>
/// The channels configured in the environment; none configured means nothing is sent and nothing complains.
/// STRATA_SLACK_WEBHOOK_URL (a Slack incoming webhook); STRATA_SMTP_URL (<c>smtp://[user:pass@]host:port</c>, with
/// <c>?starttls=true</c> to require STARTTLS, or <c>smtps://</c> for TLS from the start) with STRATA_ALERT_EMAIL_TO
/// (comma-separated; no recipient, no e-mail) and STRATA_ALERT_EMAIL_FROM; STRATA_WEBHOOK_URL, signed when
/// STRATA_WEBHOOK_SECRET is set. A malformed URL is refused before the run starts.
/// </summary>
public sealed record NotificationSettings(Uri? SlackWebhook, SmtpTarget? Smtp, string? EmailFrom, IReadOnlyList<string> EmailTo, Uri? Webhook,
    string? WebhookSecret)
{
    /// <summary>How many times a channel is tried in all before it is given up (logged).</summary>
    public int Attempts { get; init; } = 4;

    /// <summary>STRATA_ALERT_RETRY_DELAY (seconds, default 2): the wait before a channel's second try, doubling after (2, 4, 8 s).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The sender when STRATA_ALERT_EMAIL_FROM is unset: a missing sender must not cost the alert.</summary>
    public const string DefaultSender = "strata@localhost";

    public static NotificationSettings FromEnvironment(Func<string, string?> variable)
    {
        string? Value(string name) => variable(name) is { Length: > 0 } value ? value.Trim() : null;
        var smtp = Value("STRATA_SMTP_URL") is { } url ? SmtpTarget.Parse(url) : null;
        var to = (Value("STRATA_ALERT_EMAIL_TO") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var delay = Value("STRATA_ALERT_RETRY_DELAY") is { } seconds
            ? double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0 ? TimeSpan.FromSeconds(parsed)
                : throw new StrataException($"STRATA_ALERT_RETRY_DELAY must be a number of seconds, not '{seconds}'.")
            : TimeSpan.FromSeconds(2);
        return new NotificationSettings(Url(Value("STRATA_SLACK_WEBHOOK_URL"), "STRATA_SLACK_WEBHOOK_URL"), to.Length > 0 ? smtp : null,
            Value("STRATA_ALERT_EMAIL_FROM") ?? DefaultSender, to, Url(Value("STRATA_WEBHOOK_URL"), "STRATA_WEBHOOK_URL"), Value("STRATA_WEBHOOK_SECRET"))
        {
            RetryDelay = delay,
        };
    }

    private static Uri? Url(string? text, string name) => text is null ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url
        : throw new StrataException($"{name} must be an http(s) URL.");
}

/// <summary>An SMTP server from STRATA_SMTP_URL: where, who, and how the connection is secured.</summary>
public sealed record SmtpTarget(string Host, int Port, string? User, string? Password, SmtpSecurity Security)
{
    public static SmtpTarget Parse(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("smtp" or "smtps") || url.Host.Length == 0)
        {
            throw new StrataException("STRATA_SMTP_URL must look like smtp://[user:pass@]host:port (add ?starttls=true to require STARTTLS) or smtps://...");
        }
        var credentials = url.UserInfo.Split(':', 2);
        var security = url.Scheme == "smtps" ? SmtpSecurity.Tls
            : url.Query.Contains("starttls=true", StringComparison.OrdinalIgnoreCase) ? SmtpSecurity.StartTls
            : SmtpSecurity.None;
        return new SmtpTarget(url.Host, url.IsDefaultPort ? (security == SmtpSecurity.Tls ? 465 : 25) : url.Port,
            credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : null,
            credentials.Length == 2 ? Uri.UnescapeDataString(credentials[1]) : null, security);
    }
}

public enum SmtpSecurity
{
    None,
    StartTls,
    Tls,
}
