using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Strata.Web.Security;

/// <summary>
/// With STRATA_API_TOKEN set, every request must carry <c>Authorization: Bearer &lt;token&gt;</c>; any other gets 401
/// before it reaches an endpoint. The token is compared in constant time and never logged. One exception: GET /health,
/// which says only whether each tier answers, stays open, because the probes of a container platform (Kubernetes
/// httpGet, Docker health checks) cannot carry a secret header without writing the secret into the manifest.
/// </summary>
public static class BearerToken
{
    public static void RequireBearerToken(this WebApplication app, string token)
    {
        var expected = Encoding.UTF8.GetBytes("Bearer " + token);
        app.Use(async (context, next) =>
        {
            var presented = Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString());
            if (IsHealthProbe(context.Request) || CryptographicOperations.FixedTimeEquals(presented, expected))
            {
                await next(context);
                return;
            }
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Results.Json(new { error = "This server needs its API token: send Authorization: Bearer <STRATA_API_TOKEN>." },
                statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
        });
    }

    private static bool IsHealthProbe(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.Equals("/health", StringComparison.OrdinalIgnoreCase);
}
