namespace Strata.Configuration;

/// <summary>Where Strata's tiers are. Environment first, then the documented local defaults.</summary>
public sealed record StrataSettings(string Raw, string DataDirectory)
{
    /// <summary>The role and database `./strata.sh` creates on the local PostgreSQL.</summary>
    public const string DefaultRaw = "Host=127.0.0.1;Port=5432;Username=strata;Password=strata;Database=strata";

    /// <summary>The archive tier's stand-in: a second database on the local PostgreSQL, created by `./strata.sh`.</summary>
    public const string DefaultArchive = "Host=127.0.0.1;Port=5432;Username=strata;Password=strata;Database=strata_archive";

    /// <summary>The libchdb release the setup fetches (scripts/setup.sh) and the engine is written against.</summary>
    public const string LibChdbVersion = "26.7.3-stable.1";

    /// <summary>
    /// STRATA_CLICKHOUSE, the warehouse tier: <c>embedded:&lt;dir&gt;[?database=name]</c> (the default, under the data folder)
    /// or an http(s) URL of a server.
    /// </summary>
    public string Warehouse { get; init; } = "embedded:" + Path.Combine(DataDirectory, "clickhouse");

    /// <summary>STRATA_LIBCHDB: the libchdb.so the embedded engine loads (default: where the setup caches it).</summary>
    public string LibChdb { get; init; } = DefaultLibChdb(Environment.GetEnvironmentVariable);

    /// <summary>STRATA_GREENPLUM, the archive tier: Greenplum 6/7, Cloudberry or plain PostgreSQL, detected from version().</summary>
    public string Archive { get; init; } = DefaultArchive;

    /// <summary>STRATA_TIMEZONE: the IANA time zone the schedules' cron expressions are read in.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>
    /// STRATA_CLICKHOUSE_CLUSTER: the ClickHouse cluster (remote_servers) the warehouse tables are created on, sharded and
    /// replicated (docs/clickhouse.md, "Cluster mode"); null for one node, the default.
    /// </summary>
    public string? WarehouseCluster { get; init; }

    /// <summary>
    /// STRATA_READER_PASSWORD (and STRATA_READER_USER): the login the dashboard reads the raw tier and the archive as; null when
    /// no password is set, and the dashboard then reads as the tiers' own users (in read-only sessions all the same).
    /// </summary>
    public ReaderLogin? Reader { get; init; }

    /// <summary>STRATA_OPENLINEAGE_URL and its companions: where every run's lineage goes; null sends none (docs/orchestration.md).</summary>
    public Strata.Lineage.OpenLineageTarget? Lineage { get; init; }

    /// <summary>The connection settings of a tier that speaks the PostgreSQL protocol (raw, archive).</summary>
    public string ConnectionString(Tier tier) => tier switch
    {
        Tier.Raw => Raw,
        Tier.Archive => Archive,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "The warehouse tier is ClickHouse, not PostgreSQL."),
    };

    /// <summary>
    /// The settings <paramref name="lookup"/> gives (default: this process's environment); the data folder, when unset or relative, is
    /// under <paramref name="workingDirectory"/> (default: this process's): `strata serve` runs a command in its caller's folder.
    /// </summary>
    public static StrataSettings FromEnvironment(Func<string, string?>? lookup = null, string? workingDirectory = null)
    {
        lookup ??= Environment.GetEnvironmentVariable;
        workingDirectory ??= Directory.GetCurrentDirectory();
        var settings = new StrataSettings(
            Raw: NonEmpty(lookup("STRATA_POSTGRES")) ?? DefaultRaw,
            DataDirectory: Path.GetFullPath(NonEmpty(lookup("STRATA_DATA")) ?? ".strata", workingDirectory));
        return settings with
        {
            Warehouse = NonEmpty(lookup("STRATA_CLICKHOUSE")) ?? settings.Warehouse,
            LibChdb = NonEmpty(lookup("STRATA_LIBCHDB")) ?? DefaultLibChdb(lookup),
            Archive = NonEmpty(lookup("STRATA_GREENPLUM")) ?? DefaultArchive,
            TimeZone = NonEmpty(lookup("STRATA_TIMEZONE")) ?? "UTC",
            WarehouseCluster = NonEmpty(lookup("STRATA_CLICKHOUSE_CLUSTER")),
            Lineage = Strata.Lineage.OpenLineageTarget.FromEnvironment(lookup),
            Reader = ReaderLogin.FromEnvironment(lookup),
        };
    }

    /// <summary>The cache scripts/setup.sh fills: $STRATA_CACHE, else $XDG_CACHE_HOME/strata, else ~/.cache/strata.</summary>
    private static string DefaultLibChdb(Func<string, string?> lookup)
    {
        var cache = NonEmpty(lookup("STRATA_CACHE"))
            ?? Path.Combine(
                NonEmpty(lookup("XDG_CACHE_HOME")) ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
                "strata");
        return Path.Combine(cache, "libchdb", LibChdbVersion, "libchdb.so");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
