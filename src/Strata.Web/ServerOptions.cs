using System.Net;

namespace Strata.Web;

/// <summary>
/// Where `strata serve` listens and whether it schedules. The API runs pipelines and queries for whoever reaches it,
/// so it listens on loopback unless told otherwise, and any other address needs a bearer token (STRATA_API_TOKEN);
/// once a token is set, every request but GET /health (a platform's probe) must carry it, on loopback too.
/// </summary>
public sealed record ServerOptions(IPAddress Address, int Port, string? Token, bool Scheduler)
{
    public const string TokenVariable = "STRATA_API_TOKEN";

    public const string DefaultHost = "127.0.0.1";

    public const int DefaultPort = 8080;

    /// <summary>What --host accepts: an IP address, or localhost (127.0.0.1).</summary>
    public static IPAddress? ParseHost(string text) =>
        string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(text, out var address) ? address
        : null;

    /// <summary>Why the server must not start with these options, or null.</summary>
    public string? Problem => IPAddress.IsLoopback(Address) || Token is not null
        ? null
        : $"--host {Address} opens the API, which runs pipelines and queries, beyond this machine: set {TokenVariable} to a secret "
            + "that every request but GET /health must then carry (Authorization: Bearer <token>), or listen on 127.0.0.1.";

    /// <summary>The address local clients reach the server at: loopback when it listens on every address.</summary>
    public Uri LocalUrl(int port)
    {
        var host = Address.Equals(IPAddress.Any) ? IPAddress.Loopback
            : Address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback
            : Address;
        return new UriBuilder(Uri.UriSchemeHttp, host.ToString(), port).Uri;
    }
}
