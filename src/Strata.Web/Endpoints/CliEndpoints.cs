using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Strata.Web.Forwarding;

namespace Strata.Web.Endpoints;

/// <summary>
/// POST /api/cli: a `strata` command carried out inside the server, which holds the embedded store, answered as
/// NDJSON frames (its stdout and stderr as it runs, then its exit code). A caller that goes away, or a server that
/// stops, cancels the command: a pipeline run then ends `abandoned` in the run history.
/// </summary>
public static class CliEndpoints
{
    public const string Path = "/api/cli";

    public static void MapCli(this WebApplication app) => app.MapPost(Path, RunAsync);

    private static async Task RunAsync(HttpContext http, CommandExecutor execute, IHostApplicationLifetime lifetime)
    {
        CliRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<CliRequest>(http.RequestAborted);
        }
        catch (JsonException malformed)
        {
            await Results.BadRequest(new { error = $"The body is not a command request: {malformed.Message}" }).ExecuteAsync(http);
            return;
        }
        var problem = request is null ? "The body is empty: send {\"args\": [...], \"cwd\": \"...\"}." : request.Problem;
        if (request is null || problem is not null)
        {
            await Results.BadRequest(new { error = problem }).ExecuteAsync(http);
            return;
        }
        http.Response.ContentType = CliFrame.ContentType;
        var frames = new FrameStream(http.Response.Body);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var exitCode = await execute(request, frames.Output, frames.Error, stop.Token);
        await frames.CompleteAsync(exitCode);
    }
}
