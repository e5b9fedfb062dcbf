using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// A real OpenLineage HTTP receiver on 127.0.0.1 (Kestrel, a port the system picks), as Marquez exposes one: POST
/// /api/v1/lineage takes one RunEvent as JSON. It keeps every event it received, with the Authorization header, and
/// can be told to answer 500 to everything (a receiver that is down).
/// </summary>
public sealed class LoopbackLineageReceiver : IAsyncDisposable
{
    private WebApplication app = null!;

    private readonly ConcurrentQueue<(JsonElement Event, string? Authorization)> received = new();

    private int requests;

    public Uri Address { get; private set; } = null!;

    /// <summary>Answer 500 to every event.</summary>
    public bool Failing { get; set; }

    /// <summary>How many events were POSTed, kept or refused.</summary>
    public int Requests => requests;

    public IReadOnlyList<JsonElement> Events => [.. received.Select(entry => entry.Event)];

    public IReadOnlyList<string?> Authorizations => [.. received.Select(entry => entry.Authorization)];

    public static async Task<LoopbackLineageReceiver> StartAsync()
    {
        var receiver = new LoopbackLineageReceiver();
        (receiver.app, receiver.Address) = await LoopbackKestrel.StartAsync(app => app.MapPost("/api/v1/lineage", receiver.ReceiveAsync));
        return receiver;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        if (Failing)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }
        using var document = await JsonDocument.ParseAsync(context.Request.Body);
        received.Enqueue((document.RootElement.Clone(), context.Request.Headers.Authorization.FirstOrDefault()));
        context.Response.StatusCode = StatusCodes.Status201Created;
    }
}
