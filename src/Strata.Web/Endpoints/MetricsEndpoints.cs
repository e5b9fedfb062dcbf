using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;
using Strata.Configuration;
using Strata.Monitoring.Metrics;
using Strata.Monitoring.Status;
using Strata.Postgres;

namespace Strata.Web.Endpoints;

/// <summary>
/// GET /metrics: the Prometheus exposition of the server's process, the same text a CLI run writes to its textfile: what
/// every run this server carried out recorded (scheduled or a caller's), and the system's state read at the scrape (each
/// pipeline's last run, each tier's freshness, the checks). With STRATA_API_TOKEN set, the scrape sends it as a bearer
/// token. When the run history cannot be read (the raw tier is down or not initialised) it answers 503 with the reason:
/// half an exposition would make the state series vanish quietly, while a failed scrape shows as <c>up == 0</c>.
/// </summary>
public static partial class MetricsEndpoints
{
    public const string Path = "/metrics";

    public static void MapMetrics(this WebApplication app) => app.MapGet(Path, ExposeAsync);

    private static async Task<IResult> ExposeAsync(ProcessMetrics metrics, StrataSettings settings, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        await using var raw = new PostgresDatabase(settings.Raw);
        try
        {
            return Results.Text(await metrics.ExpositionAsync(new StatusReader(settings, raw), cancellationToken), PrometheusText.ContentType);
        }
        catch (Exception failure) when (failure is NpgsqlException or TimeoutException)
        {
            var reason = $"the run history in the raw tier could not be read ({failure.Message.Split('\n')[0].Trim()})";
            Unavailable(logs.CreateLogger(typeof(MetricsEndpoints)), reason);
            return Results.Text($"strata: no metrics: {reason}; see `strata status`.\n", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "/metrics answered 503: {Reason}")]
    private static partial void Unavailable(ILogger logger, string reason);
}
