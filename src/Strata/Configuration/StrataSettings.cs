namespace Strata.Configuration;

/// <summary>Where Strata's stores are. Environment first, then the documented local defaults.</summary>
public sealed record StrataSettings(string Postgres, string DataDirectory)
{
    /// <summary>The role and database `./strata.sh` creates on the local PostgreSQL.</summary>
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=strata;Password=strata;Database=strata";

    public static StrataSettings FromEnvironment(Func<string, string?>? lookup = null)
    {
        lookup ??= Environment.GetEnvironmentVariable;
        return new StrataSettings(
            Postgres: NonEmpty(lookup("STRATA_POSTGRES")) ?? DefaultPostgres,
            DataDirectory: NonEmpty(lookup("STRATA_DATA")) ?? Path.Combine(Directory.GetCurrentDirectory(), ".strata"));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
