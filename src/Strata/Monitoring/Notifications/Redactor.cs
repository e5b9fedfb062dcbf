namespace Strata.Monitoring.Notifications;

/// <summary>
/// Keeps secrets out of messages and logs: every configured secret (a webhook URL and its path, which is the Slack
/// token; the webhook's signing secret; the SMTP password; the API token) is replaced by "***" wherever it appears in a
/// text, such as an error that quotes a URL. The stores' passwords are left alone: the drivers never quote them, and the
/// local default ("strata") is a word every message has.
/// </summary>
public sealed class Redactor(IEnumerable<string?> secrets)
{
    public const string Mask = "***";

    /// <summary>Shorter values would match ordinary words.</summary>
    private const int ShortestSecret = 4;

    private readonly string[] secrets = [.. secrets.OfType<string>().Where(secret => secret.Length >= ShortestSecret).Distinct()
        .OrderByDescending(secret => secret.Length)];

    /// <summary>
    /// The secrets the environment holds: the alert channels' (the Slack webhook URL, whose path is its token; a webhook
    /// URL's query; the signing secret; the SMTP password) and the API token. Never throws: a malformed value is simply
    /// not a secret it can find.
    /// </summary>
    public static Redactor FromEnvironment(Func<string, string?> variable)
    {
        Uri? Url(string name) => Uri.TryCreate(variable(name), UriKind.Absolute, out var url) ? url : null;
        string? Password(Uri? url) => url?.UserInfo.Split(':', 2) is [_, var secret] ? Uri.UnescapeDataString(secret) : null;
        var slack = Url("STRATA_SLACK_WEBHOOK_URL");
        return new Redactor(
        [
            variable("STRATA_SLACK_WEBHOOK_URL"), slack?.PathAndQuery is { Length: > 1 } token ? token : null,
            Url("STRATA_WEBHOOK_URL")?.Query is { Length: > 1 } query ? query : null, variable("STRATA_WEBHOOK_SECRET"),
            Password(Url("STRATA_SMTP_URL")), variable("STRATA_API_TOKEN"),
        ]);
    }

    public string Redact(string text) =>
        secrets.Aggregate(text, (redacted, secret) => redacted.Replace(secret, Mask, StringComparison.Ordinal));

    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);
}
