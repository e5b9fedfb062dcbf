using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Postgres;
using Strata.Web.Dashboard;

namespace Strata.Web.Endpoints;

/// <summary>
/// GET /health: whether each tier answers, by its engine name ({"status": "ok" | "degraded", "tiers": {"postgres":
/// {"reachable": true, "error": null}, ...}, "dashboard": {"reads_as": {"postgres": "strata_reader", ...}, "least_privilege": true,
/// "note": "..."}}); 200 when all do, 503 otherwise, so a load balancer or a probe can act on it.
/// </summary>
public static class HealthEndpoints
{
    public const string Path = "/health";

    /// <summary>How long a tier may take to answer before it counts as unreachable.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>The smallest statement every engine answers: the probe asks for nothing but an answer.</summary>
    private const string Ping = "SELECT 1";

    public static void MapHealth(this WebApplication app) => app.MapGet(Path, CheckAsync);

    private static async Task<IResult> CheckAsync(StrataSettings settings, DashboardConnections connections, CancellationToken cancellationToken)
    {
        var probes = await Task.WhenAll(
            ProbeAsync(Tier.Raw, ct => PingPostgresAsync(settings.Raw, ct), cancellationToken),
            ProbeAsync(Tier.Warehouse, ct => PingClickHouseAsync(settings, ct), cancellationToken),
            ProbeAsync(Tier.Archive, ct => PingPostgresAsync(settings.Archive, ct), cancellationToken));
        var healthy = probes.All(probe => probe.Health.Reachable);
        var tiers = probes.ToDictionary(probe => probe.Tier.EngineName(), probe => probe.Health);
        // Who the dashboard reads each tier as: the reader login, or the tiers' own users when none is configured.
        var dashboard = new { reads_as = connections.ReadsAs, least_privilege = connections.LeastPrivilege, note = connections.Describe() };
        return Results.Json(new { status = healthy ? "ok" : "degraded", tiers, dashboard },
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<(Tier Tier, TierHealth Health)> ProbeAsync(Tier tier, Func<CancellationToken, Task> ping, CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        try
        {
            await ping(patience.Token);
            return (tier, new TierHealth(true, null));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (tier, new TierHealth(false, $"no answer within {Patience.TotalSeconds:0} s"));
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return (tier, new TierHealth(false, failure.Message));
        }
    }

    private static async Task PingPostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var database = new PostgresDatabase(connectionString);
        await database.ScalarAsync<int>(Ping, cancellationToken);
    }

    private static async Task PingClickHouseAsync(StrataSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await ClickHouseEngines.OpenAsync(settings, cancellationToken);
        await engine.ExecuteAsync(Ping, null, cancellationToken);
    }

    private sealed record TierHealth(bool Reachable, string? Error);
}
