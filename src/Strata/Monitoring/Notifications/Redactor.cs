namespace Strata.Monitoring.Notifications;

/// <summary>
/// Keeps secrets out of messages and logs: every configured secret (a webhook URL and its path, which is the Slack
/// token; the webhook's signing secret; the SMTP password; the stores' passwords) is replaced by "***" wherever it
/// appears in a text, such as an error that quotes a connection string.
/// </summary>
public sealed class Redactor(IEnumerable<string?> secrets)
{
    public const string Mask = "***";

    /// <summary>Shorter values would match ordinary words.</summary>
    private const int ShortestSecret = 4;

    private readonly string[] secrets = [.. secrets.OfType<string>().Where(secret => secret.Length >= ShortestSecret).Distinct()
        .OrderByDescending(secret => secret.Length)];

    public string Redact(string text) =>
        secrets.Aggregate(text, (redacted, secret) => redacted.Replace(secret, Mask, StringComparison.Ordinal));

    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);
}
