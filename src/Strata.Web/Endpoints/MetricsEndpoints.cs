using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Strata.Configuration;
using Strata.Monitoring.Metrics;
using Strata.Monitoring.Status;
using Strata.Postgres;

namespace Strata.Web.Endpoints;

/// <summary>
/// GET /metrics: the Prometheus exposition of the server's process, the same text a CLI run writes to its textfile: what
/// every run this server carried out recorded (scheduled or a caller's), and the system's state read at the scrape (each
/// pipeline's last run, each tier's freshness, the checks). With STRATA_API_TOKEN set, the scrape sends it as a bearer token.
/// </summary>
public static class MetricsEndpoints
{
    public const string Path = "/metrics";

    public static void MapMetrics(this WebApplication app) => app.MapGet(Path, ExposeAsync);

    private static async Task<IResult> ExposeAsync(ProcessMetrics metrics, StrataSettings settings, CancellationToken cancellationToken)
    {
        await using var raw = new PostgresDatabase(settings.Raw);
        var text = await metrics.ExpositionAsync(new StatusReader(settings, raw), cancellationToken);
        return Results.Text(text, PrometheusText.ContentType);
    }
}
