using Strata.Diagnostics;
using Strata.Archive;

namespace Strata.Tests.Archive;

public sealed class ArchiveServerTests
{
    // Real version() answers, as the servers print them (from release builds, docs and support threads).
    [Theory]
    [InlineData("PostgreSQL 9.4.24 (Greenplum Database 6.14.0 build commit:62d24f4a455276cab4bf2ca4538e96dcf58db8ba Open Source) "
        + "on x86_64-unknown-linux-gnu, compiled by gcc (GCC) 6.4.0, 64-bit compiled on Feb  5 2021 18:58:52",
        ArchiveDialect.Greenplum6, "Greenplum Database", "6.14.0")]
    [InlineData("PostgreSQL 9.4.26 (Greenplum Database 6.25.3 build commit:367edc6b4dfd909fe38fc288ade9e294d74e3f9a Open Source) "
        + "on x86_64-pc-linux-gnu, compiled by gcc (GCC) 6.4.0, 64-bit compiled on Oct  4 2023 23:28:27",
        ArchiveDialect.Greenplum6, "Greenplum Database", "6.25.3")]
    [InlineData("PostgreSQL 12.12 (Greenplum Database 7.0.0-beta.5 build commit:08189b6c918790e7bc32184a6661de14fe22c8d5 Open Source) "
        + "on x86_64-pc-linux-gnu, compiled by gcc (GCC) 8.5.0 20210514 (Red Hat 8.5.0-18), 64-bit compiled on Aug  1 2023 20:56:54 Bhuvnesh C.",
        ArchiveDialect.Greenplum7, "Greenplum Database", "7.0.0")]
    [InlineData("PostgreSQL 12.12 (Greenplum Database 7.4.0 build commit:27de6dc6d00607a5630a41fd2c0ad489f40e2ad4) "
        + "on x86_64-pc-linux-gnu, compiled by gcc (GCC) 8.5.0 20210514 (Red Hat 8.5.0-22), 64-bit compiled on Jan 31 2025 03:17:23 Bhuvnesh C.",
        ArchiveDialect.Greenplum7, "Greenplum Database", "7.4.0")]
    [InlineData("PostgreSQL 14.4 (Apache Cloudberry 1.6.0+dev.1383.g5cdbab19af build dev) "
        + "on x86_64-pc-linux-gnu, compiled by gcc (GCC) 8.5.0 20210514 (Red Hat 8.5.0-23), 64-bit compiled on Feb 26 2025 18:20:10",
        ArchiveDialect.Greenplum7, "Apache Cloudberry", "1.6.0")]
    [InlineData("PostgreSQL 14.4 (Apache Cloudberry 2.0.0-incubating build 1) "
        + "on aarch64-unknown-linux-gnu, compiled by gcc (GCC) 11.5.0 20240719 (Red Hat 11.5.0-11), 64-bit",
        ArchiveDialect.Greenplum7, "Apache Cloudberry", "2.0.0")]
    [InlineData("PostgreSQL 15.18 (Debian 15.18-0+deb12u1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14+deb12u1) 12.2.0, 64-bit",
        ArchiveDialect.PostgreSql, "PostgreSQL", "15.18")]
    [InlineData("PostgreSQL 16.4 on x86_64-pc-linux-gnu, compiled by gcc (GCC) 13.2.1, 64-bit",
        ArchiveDialect.PostgreSql, "PostgreSQL", "16.4")]
    public void Dialect_product_and_version_come_from_version(string version, ArchiveDialect dialect, string product, string release)
    {
        var server = ArchiveServer.FromVersion(version);

        Assert.Equal(new ArchiveServer(dialect, product, release), server);
    }

    [Theory]
    [InlineData("PostgreSQL 8.3.23 (Greenplum Database 5.13.0 build 30403eb-oss) on x86_64-pc-linux-gnu, "
        + "compiled by GCC gcc (Ubuntu 5.4.0-6ubuntu1~16.04.10) 5.4.0 20160609, 64-bit compiled on Nov  7 2018 03:25:11")]
    [InlineData("CockroachDB CCL v23.2.4 (x86_64-pc-linux-gnu, built 2024/04/08)")]
    public void Servers_the_archive_cannot_use_are_refused_by_name(string version)
    {
        var refused = Assert.Throws<StrataException>(() => ArchiveServer.FromVersion(version));

        Assert.Contains(version.Contains("Greenplum", StringComparison.Ordinal) ? "5.13.0" : "Cockroach", refused.Message);
    }

    [Fact]
    public async Task The_local_archive_database_is_detected_as_plain_postgresql()
    {
        await using var archive = await ArchiveDatabase.ConnectAsync(Strata.Configuration.StrataSettings.FromEnvironment().Archive, CancellationToken.None);

        Assert.Equal(ArchiveDialect.PostgreSql, archive.Server.Dialect);
    }
}
