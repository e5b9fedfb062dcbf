using System.Runtime.CompilerServices;
using Strata.Contracts;
using Strata.Diagnostics;

namespace Strata.Sources.Api;

/// <summary>
/// An HTTP API that serves each table as JSON Lines, page by page (docs/ingest.md, "An HTTP API"). For each table, in load
/// order: <c>GET {base}/{table}?limit={pageSize}[&amp;cursor={cursor}]</c> answers one JSON object per line and, in the
/// <c>X-Next-Cursor</c> header, the cursor that follows the page. Pages are read until one comes back empty (or without a
/// next cursor); each loads as one batch and saves its next cursor with its rows, so the next ingest asks only for what
/// came after. A page streams straight into staging: memory holds one line at a time, whatever the page size.
/// </summary>
public sealed class JsonLinesApiSource(HttpClient http, Uri baseAddress, int pageSize = JsonLinesApiSource.DefaultPageSize) : IRowSource
{
    public const int DefaultPageSize = 10_000;

    public const string NextCursorHeader = "X-Next-Cursor";

    private readonly string root = baseAddress.ToString().TrimEnd('/');

    public async IAsyncEnumerable<SourceBatch> ReadAsync(ISourceCursors cursors, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var table in RawTables.All)
        {
            var key = $"{root}/{table.Name}";
            var cursor = await cursors.ReadAsync(key, cancellationToken);
            while (true)
            {
                var address = PageAddress(key, cursor);
                using var response = await GetAsync(address, cancellationToken);
                var next = response.Headers.TryGetValues(NextCursorHeader, out var values) ? values.Single() : null;
                using var lines = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
                // An empty page means the source has nothing after the cursor: no batch, nothing to record.
                if (await NextLineAsync(lines, cancellationToken) is not { } first)
                {
                    break;
                }
                yield return new SourceBatch(table, address, RecordsAsync(first, lines, cancellationToken), next is null ? null : new SourceCursor(key, next));
                if (next is null || next == cursor)
                {
                    break;
                }
                cursor = next;
            }
        }
    }

    private string PageAddress(string key, string? cursor) =>
        $"{key}?limit={pageSize}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");

    private async Task<HttpResponseMessage> GetAsync(string address, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(new Uri(address), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException unreachable)
        {
            throw new StrataException($"{address}: the API cannot be reached ({unreachable.Message})", unreachable);
        }
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw new StrataException($"{address}: the API answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
        }
        return response;
    }

    /// <summary>The page's records, numbered by their line in the page (blank lines count as lines but are no records, as in CSV).</summary>
    private static async IAsyncEnumerable<SourceRecord> RecordsAsync(
        (int Position, string Text) first, StreamReader lines, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var position = first.Position;
        yield return JsonLineRecord.Parse(position, first.Text);
        while (await NextLineAsync(lines, cancellationToken, position) is { } line)
        {
            position = line.Position;
            yield return JsonLineRecord.Parse(line.Position, line.Text);
        }
    }

    private static async Task<(int Position, string Text)?> NextLineAsync(StreamReader lines, CancellationToken cancellationToken, int after = 0)
    {
        for (var position = after + 1; await lines.ReadLineAsync(cancellationToken) is { } text; position++)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                return (position, text);
            }
        }
        return null;
    }
}
