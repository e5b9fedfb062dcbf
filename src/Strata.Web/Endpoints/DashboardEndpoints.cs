using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Postgres;
using Strata.Web.Dashboard;

namespace Strata.Web.Endpoints;

/// <summary>
/// The dashboard, read-only: GET /dashboard (key figures and charts, filtered by ?from, to, category, region),
/// GET /dashboard/pipeline (runs, step timings, checks, ledger, freshness) and GET /api/dashboard (the same figures
/// as JSON, for notebooks and scripts). Every request runs the reports afresh against the live tiers.
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>ClickHouse's UNKNOWN_TABLE: the daily load creates the warehouse's tables, and none has run yet.</summary>
    private const int UnknownTable = 60;

    public static void MapDashboard(this WebApplication app)
    {
        app.MapGet("/dashboard", async (HttpRequest request, StrataSettings settings, TimeProvider clock, CancellationToken ct) =>
            await WithFilterAsync(request, settings, clock, view => Results.Content(DashboardPage.Live(view), "text/html; charset=utf-8"), ct));
        app.MapGet("/api/dashboard", async (HttpRequest request, StrataSettings settings, TimeProvider clock, CancellationToken ct) =>
            await WithFilterAsync(request, settings, clock, view => Results.Json(DashboardJson.Of(view)), ct));
        app.MapGet("/dashboard/pipeline", async (StrataSettings settings, TimeProvider clock, CancellationToken ct) =>
        {
            await using var raw = new PostgresDatabase(settings.Raw);
            return Results.Content(PipelinePage.Render(await PipelineView.LoadAsync(raw, ct), clock.GetUtcNow()), "text/html; charset=utf-8");
        });
    }

    private static async Task<IResult> WithFilterAsync(
        HttpRequest request, StrataSettings settings, TimeProvider clock, Func<DashboardView, IResult> answer, CancellationToken cancellationToken)
    {
        var (filter, problem) = FilterRequest.Parse(name => request.Query[name].FirstOrDefault());
        if (filter is null)
        {
            return Results.BadRequest(new { error = problem });
        }
        await using var warehouse = await ClickHouseEngines.OpenAsync(settings, cancellationToken);
        await using var archive = new PostgresDatabase(settings.Archive);
        var data = new DashboardData(warehouse, new PostgresSqlTier(Tier.Archive.EngineName(), archive));
        try
        {
            return answer(await data.LoadAsync(filter, clock, cancellationToken));
        }
        catch (ClickHouseException missing) when (missing.Code == UnknownTable)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The warehouse has no tables yet",
                detail: "No daily load has run on this store: run `strata run daily --date YYYY-MM-DD` (or let the scheduler run it) and reload.");
        }
    }
}
