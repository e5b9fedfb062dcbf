using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Npgsql;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Web.Dashboard;

namespace Strata.Web.Endpoints;

/// <summary>
/// The dashboard, read-only: GET /dashboard (key figures and charts, filtered by ?from, to, category, region),
/// GET /dashboard/pipeline (runs, step timings, checks, ledger, freshness, who the dashboard reads as) and GET /api/dashboard (the same figures
/// as JSON, for notebooks and scripts). Every request runs the reports afresh against the live tiers.
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>ClickHouse's UNKNOWN_TABLE: the daily load creates the warehouse's tables, and none has run yet.</summary>
    private const int UnknownTable = 60;

    public static void MapDashboard(this WebApplication app)
    {
        app.MapGet("/dashboard", async (HttpRequest request, StrataSettings settings, DashboardConnections connections, TimeProvider clock,
            CancellationToken ct) => await WithFilterAsync(request, settings, connections, clock,
                view => Results.Content(DashboardPage.Live(view), "text/html; charset=utf-8"), ct));
        app.MapGet("/api/dashboard", async (HttpRequest request, StrataSettings settings, DashboardConnections connections, TimeProvider clock,
            CancellationToken ct) => await WithFilterAsync(request, settings, connections, clock, view => Results.Json(DashboardJson.Of(view)), ct));
        app.MapGet("/dashboard/pipeline", async (StrataSettings settings, DashboardConnections connections, TimeProvider clock, CancellationToken ct) =>
        {
            await using var sources = await DashboardSources.OpenAsync(settings, connections, ct);
            return await AnswerAsync(async () => Results.Content(
                PipelinePage.Render(await PipelineView.LoadAsync(sources, ct), connections, clock.GetUtcNow()), "text/html; charset=utf-8"));
        });
    }

    private static async Task<IResult> WithFilterAsync(HttpRequest request, StrataSettings settings, DashboardConnections connections, TimeProvider clock,
        Func<DashboardView, IResult> answer, CancellationToken cancellationToken)
    {
        var (filter, problem) = FilterRequest.Parse(name => request.Query[name].FirstOrDefault());
        if (filter is null)
        {
            return Results.BadRequest(new { error = problem });
        }
        await using var sources = await DashboardSources.OpenAsync(settings, connections, cancellationToken);
        return await AnswerAsync(async () => answer(await sources.Data().LoadAsync(filter, clock, cancellationToken)));
    }

    /// <summary>The page, or what to do when a tier cannot give it yet: no daily load, or a reader login the tiers do not know.</summary>
    private static async Task<IResult> AnswerAsync(Func<Task<IResult>> page)
    {
        try
        {
            return await page();
        }
        catch (ClickHouseException missing) when (missing.Code == UnknownTable)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The warehouse has no tables yet",
                detail: "No daily load has run on this store: run `strata run daily --date YYYY-MM-DD` (or let the scheduler run it) and reload.");
        }
        catch (PostgresException refused) when (refused.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification
            or PostgresErrorCodes.InsufficientPrivilege)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The dashboard's login was refused",
                detail: $"A tier refused the dashboard's read-only login ({refused.MessageText}): run `strata db init` with "
                    + $"{ReaderLogin.PasswordVariable} set to the password the server has, so {ReaderLogin.DefaultUser} exists, may log in "
                    + "and may read every table, then reload.");
        }
    }
}
