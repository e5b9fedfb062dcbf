namespace Strata.Configuration;

/// <summary>Where Strata's stores are. Environment first, then the documented local defaults.</summary>
public sealed record StrataSettings(string Postgres, string DataDirectory)
{
    /// <summary>The role and database `./strata.sh` creates on the local PostgreSQL.</summary>
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=strata;Password=strata;Database=strata";

    /// <summary>The archive tier's stand-in: a second database on the local PostgreSQL, created by `./strata.sh`.</summary>
    public const string DefaultGreenplum = "Host=127.0.0.1;Port=5432;Username=strata;Password=strata;Database=strata_archive";

    /// <summary>The libchdb release the setup fetches (scripts/setup.sh) and the engine is written against.</summary>
    public const string LibChdbVersion = "26.7.3-stable.1";

    /// <summary>STRATA_CLICKHOUSE: <c>embedded:&lt;dir&gt;[?database=name]</c> (the default, under the data folder) or an http(s) URL of a server.</summary>
    public string ClickHouse { get; init; } = "embedded:" + Path.Combine(DataDirectory, "clickhouse");

    /// <summary>STRATA_LIBCHDB: the libchdb.so the embedded engine loads (default: where the setup caches it).</summary>
    public string LibChdb { get; init; } = DefaultLibChdb(Environment.GetEnvironmentVariable);

    /// <summary>STRATA_GREENPLUM, the archive tier: Greenplum 6/7, Cloudberry or plain PostgreSQL, detected from version().</summary>
    public string Greenplum { get; init; } = DefaultGreenplum;

    public static StrataSettings FromEnvironment(Func<string, string?>? lookup = null)
    {
        lookup ??= Environment.GetEnvironmentVariable;
        var settings = new StrataSettings(
            Postgres: NonEmpty(lookup("STRATA_POSTGRES")) ?? DefaultPostgres,
            DataDirectory: NonEmpty(lookup("STRATA_DATA")) ?? Path.Combine(Directory.GetCurrentDirectory(), ".strata"));
        return settings with
        {
            ClickHouse = NonEmpty(lookup("STRATA_CLICKHOUSE")) ?? settings.ClickHouse,
            LibChdb = NonEmpty(lookup("STRATA_LIBCHDB")) ?? DefaultLibChdb(lookup),
            Greenplum = NonEmpty(lookup("STRATA_GREENPLUM")) ?? DefaultGreenplum,
        };
    }

    /// <summary>The cache scripts/setup.sh fills: $STRATA_CACHE, else $XDG_CACHE_HOME/strata, else ~/.cache/strata.</summary>
    private static string DefaultLibChdb(Func<string, string?> lookup)
    {
        var cache = NonEmpty(lookup("STRATA_CACHE"))
            ?? Path.Combine(NonEmpty(lookup("XDG_CACHE_HOME")) ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "strata");
        return Path.Combine(cache, "libchdb", LibChdbVersion, "libchdb.so");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
