using Strata.Diagnostics;

namespace Strata.ClickHouse;

/// <summary>
/// Which ClickHouse STRATA_CLICKHOUSE names: <c>embedded:&lt;dir&gt;</c> (optionally <c>?database=name</c>,
/// default <c>strata</c>) runs the engine in this process; <c>http(s)://user:password@host:port/database</c> talks to a server.
/// </summary>
public abstract record ClickHouseLocation(string Database)
{
    public const string DefaultDatabase = "strata";

    public static ClickHouseLocation Parse(string text)
    {
        if (text.StartsWith("embedded:", StringComparison.Ordinal))
        {
            var rest = text["embedded:".Length..];
            var query = rest.IndexOf("?database=", StringComparison.Ordinal);
            var directory = query < 0 ? rest : rest[..query];
            var database = query < 0 ? DefaultDatabase : rest[(query + "?database=".Length)..];
            return directory.Length == 0
                ? throw new StrataException("STRATA_CLICKHOUSE=embedded: needs a directory, e.g. embedded:/var/lib/strata/clickhouse.")
                : new Embedded(directory, ClickHouseIdentifier.Validate(database));
        }
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            var database = uri.AbsolutePath.Trim('/');
            return new Server(uri, database.Length == 0 ? DefaultDatabase : ClickHouseIdentifier.Validate(database));
        }
        throw new StrataException($"STRATA_CLICKHOUSE must be embedded:<dir> or an http(s):// URL, not '{text}'.");
    }

    /// <summary>libchdb in this process, its data under <paramref name="Directory"/>.</summary>
    public sealed record Embedded(string Directory, string Database) : ClickHouseLocation(Database);

    /// <summary>A ClickHouse server's HTTP interface; user and password come from the URL's user info.</summary>
    public sealed record Server(Uri Address, string Database) : ClickHouseLocation(Database);
}
