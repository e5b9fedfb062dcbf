using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, a port the system picks) that takes POSTs to any path, as a Slack incoming
/// webhook or an alert webhook would, and keeps each request's path, headers and body. A path can be made to answer
/// 503 every time (a receiver that is down), counting the tries it refused.
/// </summary>
public sealed class LoopbackReceiver : IAsyncDisposable
{
    private WebApplication app = null!;

    private readonly ConcurrentQueue<ReceivedRequest> received = new();

    private readonly ConcurrentDictionary<string, int> refused = new();

    private readonly ConcurrentDictionary<string, bool> down = new();

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Received => [.. received];

    public static async Task<LoopbackReceiver> StartAsync()
    {
        var receiver = new LoopbackReceiver();
        (receiver.app, receiver.Address) = await LoopbackKestrel.StartAsync(app => app.MapPost("/{**path}", receiver.TakeAsync));
        return receiver;
    }

    public Uri Url(string path) => new(Address, path);

    /// <summary>Requests to this path answer 503 from now on.</summary>
    public void TakeDown(string path) => down[path] = true;

    /// <summary>How many requests to the path were answered 503.</summary>
    public int Refused(string path) => refused.GetValueOrDefault(path);

    public IReadOnlyList<ReceivedRequest> At(string path) => [.. received.Where(request => request.Path == path)];

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task TakeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!.TrimStart('/');
        if (down.ContainsKey(path))
        {
            refused.AddOrUpdate(path, 1, (_, count) => count + 1);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        received.Enqueue(new ReceivedRequest(path, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.ToArray()));
        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}

public sealed record ReceivedRequest(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}
