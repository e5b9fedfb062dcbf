using Strata.Cli.Hosting;
using Strata.Pipeline;
using Strata.Postgres;
using Strata.Raw.Ingest;
using Strata.Sources.Api;

namespace Strata.Cli.Commands;

/// <summary>`strata ingest http(s)://...`: pulls a JSON Lines API page by page from its saved cursors (docs/ingest.md, "An HTTP API").</summary>
internal static class ApiIngest
{
    /// <summary>The API's address when PATH is an http(s) URL, else null (PATH is a file or directory).</summary>
    public static Uri? Address(string path) =>
        Uri.TryCreate(path, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    public static async Task<IngestOutcome> IngestAsync(CommandContext context, Uri address, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        await using var raw = new PostgresDatabase(context.Settings.Raw);
        var options = new RunOptions { Observer = PipelineObservers.Create(context, raw) };
        return await new IngestRunner(raw, context.LoggerFactory).RunAsync(new JsonLinesApiSource(http, address), options, cancellationToken);
    }
}
