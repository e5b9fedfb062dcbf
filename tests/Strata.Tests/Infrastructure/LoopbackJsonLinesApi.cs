using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Strata.Sources.Api;

namespace Strata.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, a port the system picks) speaking the JSON Lines API protocol of
/// <see cref="JsonLinesApiSource"/>: GET /{table}?limit=N[&amp;cursor=oK] answers the table's lines from offset K, at most
/// <see cref="MaxPageSize"/> whatever the limit (as real APIs cap pages), with X-Next-Cursor: o{K + lines}. Tests add
/// lines between ingests, read the requests it received, and can make one request fail.
/// </summary>
public sealed class LoopbackJsonLinesApi : IAsyncDisposable
{
    private WebApplication app = null!;

    private readonly ConcurrentDictionary<string, List<string>> tables = new();

    private readonly ConcurrentQueue<string> requests = new();

    private string? failOnce;

    public const int MaxPageSize = 3;

    public Uri Address { get; private set; } = null!;

    /// <summary>Every request's path and query, in order.</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    public static async Task<LoopbackJsonLinesApi> StartAsync()
    {
        var api = new LoopbackJsonLinesApi();
        (api.app, api.Address) = await LoopbackKestrel.StartAsync(app => app.MapGet("/{table}", api.Page));
        return api;
    }

    public void Add(string table, params string[] lines)
    {
        var stored = tables.GetOrAdd(table, _ => []);
        lock (stored)
        {
            stored.AddRange(lines);
        }
    }

    /// <summary>The next request for this path and query (e.g. "/sales_data?limit=10000&amp;cursor=o3") answers 503.</summary>
    public void FailOnce(string pathAndQuery)
    {
        lock (requests)
        {
            failOnce = pathAndQuery;
        }
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private bool TakeFailure(string pathAndQuery)
    {
        lock (requests)
        {
            var fails = failOnce == pathAndQuery;
            failOnce = fails ? null : failOnce;
            return fails;
        }
    }

    private async Task Page(HttpContext context, string table, int limit, string? cursor)
    {
        var pathAndQuery = context.Request.Path + context.Request.QueryString.ToString();
        requests.Enqueue(pathAndQuery);
        if (TakeFailure(pathAndQuery))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        var offset = cursor is null ? 0 : int.Parse(cursor[1..], CultureInfo.InvariantCulture);
        var stored = tables.GetOrAdd(table, _ => []);
        List<string> page;
        lock (stored)
        {
            page = [.. stored.Skip(offset).Take(Math.Min(limit, MaxPageSize))];
        }
        context.Response.Headers[JsonLinesApiSource.NextCursorHeader] = $"o{offset + page.Count}";
        context.Response.ContentType = "application/x-ndjson";
        await context.Response.WriteAsync(string.Concat(page.Select(line => line + "\n")));
    }
}
