using System.Runtime.CompilerServices;
using Strata.ClickHouse;
using Strata.Configuration;
using Strata.Diagnostics;
using Strata.Security;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Security;

/// <summary>
/// The ClickHouse server's users strata_etl and strata_reader (sql/warehouse/roles): the statements `strata db init` sends,
/// compared with checked-in files under WarehouseUserSnapshots/ (a fixed salt) and parsed by ClickHouse's own parser
/// (formatQuery in the embedded engine, which has no users to make them in: no ClickHouse server runs here). The
/// password is never in them, only its salted SHA-256, which ClickHouse's own SHA256() computes alike.
/// STRATA_ACCEPT_SNAPSHOTS=1 rewrites the snapshots.
/// </summary>
public sealed class WarehouseUserTests(TestClickHouse clickHouse) : IClassFixture<TestClickHouse>
{
    private const string Password = "correct horse battery staple";

    private static readonly byte[] Salt = [.. Enumerable.Range(0, 16).Select(i => (byte)(i * 17))];

    public static TheoryData<string, string, string?> Cases() => new()
    {
        { "etl", AccessRoles.Etl, null },
        { "reader", AccessRoles.Reader, null },
        { "etl_on_cluster", AccessRoles.Etl, "strata" },
        { "reader_on_cluster", AccessRoles.Reader, "strata" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_statements_match_the_checked_in_snapshot(string snapshot, string role, string? cluster)
    {
        var actual = string.Join(";\n\n", WarehouseUsers.Statements(role, Password, Salt, "strata", cluster).Select(statement => statement.TrimEnd())) + ";\n";
        var expectedPath = Path.Combine(SnapshotFolder(), snapshot + ".sql");
        if (Environment.GetEnvironmentVariable("STRATA_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"No snapshot {expectedPath}; run with STRATA_ACCEPT_SNAPSHOTS=1 to create it.");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_statement_is_clickhouse_syntax_and_carries_the_salted_hash_never_the_password(string snapshot, string role, string? cluster)
    {
        var statements = WarehouseUsers.Statements(role, Password, Salt, "strata", cluster);
        var salt = Convert.ToHexStringLower(Salt);
        var hash = (string)(await clickHouse.RowsAsync("SELECT lower(hex(SHA256(concat({password:String}, {salt:String}))))",
            new ClickHouseParameters { ["password"] = Password, ["salt"] = salt })).Single()[0]!;

        Assert.All(statements, statement => Assert.DoesNotContain(Password, statement, StringComparison.Ordinal));
        Assert.Equal(2, statements.Count(statement => statement.Contains($"IDENTIFIED WITH sha256_hash BY '{hash}' SALT '{salt}'", StringComparison.Ordinal)));
        foreach (var statement in statements)
        {
            var formatted = await clickHouse.RowsAsync("SELECT formatQuery({sql:String})", new ClickHouseParameters { ["sql"] = statement });
            Assert.False(string.IsNullOrWhiteSpace((string?)formatted.Single()[0]), $"{snapshot}: {statement}");
        }
    }

    [Fact]
    public void The_reader_may_only_select_on_strata_s_database_in_the_readonly_profile()
    {
        var statements = WarehouseUsers.Statements(AccessRoles.Reader, Password, Salt, "strata", null);

        Assert.Contains(statements, statement => statement.Contains("GRANT SELECT ON `strata`.* TO strata_reader", StringComparison.Ordinal));
        Assert.Single(statements, statement => statement.Contains("GRANT", StringComparison.Ordinal));
        Assert.Contains(statements, statement => statement.Contains("SETTINGS PROFILE 'readonly'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_passwords_the_server_is_not_asked_and_with_one_an_unreachable_server_is_named_without_its_credentials()
    {
        // Nothing listens on the discard port: a request to it fails at once.
        var settings = new StrataSettings("unused", Path.GetTempPath()) { Warehouse = "http://strata:hunter2secret@127.0.0.1:9/strata" };

        var none = await WarehouseUsers.EnsureAsync(settings, new Dictionary<string, string>(), CancellationToken.None);
        var unreachable = await Assert.ThrowsAnyAsync<StrataException>(() =>
            WarehouseUsers.EnsureAsync(settings, new Dictionary<string, string> { [AccessRoles.Etl] = Password }, CancellationToken.None));

        Assert.Equal([AccessRoles.Etl, AccessRoles.Reader], none.WithoutPassword);
        Assert.Empty(none.Users);
        Assert.Null(none.Skipped);
        Assert.Contains("Cannot reach the ClickHouse server", unreachable.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2secret", unreachable.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, unreachable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embedded_engine_is_skipped_with_its_reason()
    {
        var settings = new StrataSettings("unused", Path.GetTempPath());

        var skipped = await WarehouseUsers.EnsureAsync(settings, new Dictionary<string, string> { [AccessRoles.Etl] = Password }, CancellationToken.None);

        Assert.StartsWith("the embedded engine has no users", skipped.Skipped, StringComparison.Ordinal);
        Assert.Empty(skipped.Users);
    }

    private static string SnapshotFolder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "WarehouseUserSnapshots");
}
