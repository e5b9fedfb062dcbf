using System.Globalization;
using System.Text.RegularExpressions;
using Strata.Diagnostics;

namespace Strata.Archive;

/// <summary>
/// What answered on STRATA_GREENPLUM, read from version(). Greenplum and Cloudberry name themselves in the
/// parentheses after the PostgreSQL version they are built on ("PostgreSQL 9.4.26 (Greenplum Database 6.25.3 build
/// ...)"); packaging strings such as "(Debian 15.18-0+deb12u1)" sit in the same place, so the match is on the fork's
/// own name, never on "there are parentheses".
/// </summary>
public sealed partial record ArchiveServer(ArchiveDialect Dialect, string Product, string Version)
{
    public static ArchiveServer FromVersion(string version)
    {
        var fork = ForkPattern().Match(version);
        if (fork.Success)
        {
            var product = fork.Groups["product"].Value;
            var release = fork.Groups["version"].Value;
            return new ArchiveServer(ForkDialect(product, release), product, release);
        }
        var postgres = PostgresPattern().Match(version);
        if (postgres.Success)
        {
            return new ArchiveServer(ArchiveDialect.PostgreSql, "PostgreSQL", postgres.Groups["version"].Value);
        }
        throw new StrataException($"STRATA_GREENPLUM answered with an unknown server: '{version}'. Expected Greenplum 6/7, Apache Cloudberry or PostgreSQL.");
    }

    public override string ToString() => $"{Product} {Version} ({Dialect})";

    private static ArchiveDialect ForkDialect(string product, string release)
    {
        // Cloudberry forked from Greenplum 7 (it is PostgreSQL 14 based): it speaks Greenplum 7's DDL.
        if (!product.StartsWith("Greenplum", StringComparison.Ordinal))
        {
            return ArchiveDialect.Greenplum7;
        }
        var major = int.Parse(release.Split('.')[0], CultureInfo.InvariantCulture);
        return major switch
        {
            6 => ArchiveDialect.Greenplum6,
            >= 7 => ArchiveDialect.Greenplum7,
            _ => throw new StrataException($"Greenplum {release} is too old for the archive tier; Greenplum 6 or later is needed."),
        };
    }

    [GeneratedRegex(@"\((?<product>Greenplum Database|Apache Cloudberry|Cloudberry Database) (?<version>\d+(?:\.\d+)*)")]
    private static partial Regex ForkPattern();

    [GeneratedRegex(@"^\s*PostgreSQL (?<version>\d+(?:\.\d+)?)")]
    private static partial Regex PostgresPattern();
}
