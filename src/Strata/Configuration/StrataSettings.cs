namespace Strata.Configuration;

/// <summary>Where Strata's stores are. Environment first, then the documented local defaults.</summary>
public sealed record StrataSettings(string Postgres, string DataDirectory)
{
    /// <summary>The role and database `./strata.sh` creates on the local PostgreSQL.</summary>
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=strata;Password=strata;Database=strata";

    /// <summary>The archive tier's stand-in: a second database on the local PostgreSQL, created by `./strata.sh`.</summary>
    public const string DefaultGreenplum = "Host=127.0.0.1;Port=5432;Username=strata;Password=strata;Database=strata_archive";

    /// <summary>The archive tier (STRATA_GREENPLUM): Greenplum 6/7, Cloudberry or plain PostgreSQL, detected from version().</summary>
    public string Greenplum { get; init; } = DefaultGreenplum;

    public static StrataSettings FromEnvironment(Func<string, string?>? lookup = null)
    {
        lookup ??= Environment.GetEnvironmentVariable;
        return new StrataSettings(
            Postgres: NonEmpty(lookup("STRATA_POSTGRES")) ?? DefaultPostgres,
            DataDirectory: NonEmpty(lookup("STRATA_DATA")) ?? Path.Combine(Directory.GetCurrentDirectory(), ".strata"))
        {
            Greenplum = NonEmpty(lookup("STRATA_GREENPLUM")) ?? DefaultGreenplum,
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
