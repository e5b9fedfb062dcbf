using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Strata.Quality;

namespace Strata.Monitoring.Notifications;

/// <summary>
/// A generic webhook (STRATA_WEBHOOK_URL): the alert as JSON,
/// <c>{"event","pipeline","partition","run_id","step","error","checks":[...],"at"}</c>, and when STRATA_WEBHOOK_SECRET
/// is set the header <c>X-Strata-Signature: sha256=HEX</c>, the HMAC-SHA256 of the body under that secret, for the
/// receiver to check the message came from Strata unchanged.
/// </summary>
public sealed class WebhookChannel(Uri url, string? secret, HttpClient http) : INotificationChannel
{
    public const string SignatureHeader = "X-Strata-Signature";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public string Name => "webhook";

    public string Target => url.Authority;

    public async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        var body = Body(alert);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (secret is not null)
        {
            request.Headers.Add(SignatureHeader, Signature(body, secret));
        }
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public static byte[] Body(Alert alert) => JsonSerializer.SerializeToUtf8Bytes(
        new Payload(alert.Event, alert.Pipeline, alert.Partition, alert.RunId, alert.Step, alert.Error, alert.Checks, alert.At), Json);

    /// <summary>"sha256=" and the lower-case hex HMAC-SHA256 of <paramref name="body"/> under <paramref name="key"/>.</summary>
    public static string Signature(byte[] body, string key) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), body));

    private sealed record Payload(string Event, string Pipeline, string Partition, Guid RunId, string? Step, string? Error,
        IReadOnlyList<CheckResult> Checks, DateTimeOffset At);
}
