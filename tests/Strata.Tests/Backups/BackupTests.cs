using System.Text.Json.Nodes;
using Strata.Backups;
using Strata.Tests.Infrastructure;
using Strata.Tests.Monitoring;
using Strata.Tests.Warehouse.Daily;

namespace Strata.Tests.Backups;

/// <summary>
/// `strata backup create|verify|restore` on real stores: the seed's quarter loaded by a daily run, January archived by a
/// monthly run, then backed up with pg_dump and ClickHouse's BACKUP, restored, damaged, and run on from.
/// </summary>
public sealed class BackupTests(TestDatabase raw, EmptyTestDatabase archive, TestClickHouse clickHouse)
    : IClassFixture<TestDatabase>, IClassFixture<EmptyTestDatabase>, IClassFixture<TestClickHouse>, IAsyncLifetime
{
    private readonly DailyStores stores = new(raw, clickHouse);

    private readonly string backups = Directory.CreateTempSubdirectory("strata-backups-").FullName;

    private Dictionary<string, string> Env => new()
    {
        ["STRATA_POSTGRES"] = raw.ConnectionString,
        ["STRATA_GREENPLUM"] = archive.ConnectionString,
        ["STRATA_CLICKHOUSE"] = clickHouse.Location,
        ["STRATA_DATA"] = backups,
    };

    public async Task InitializeAsync()
    {
        await stores.ResetAsync();
        await CliAsync("run", "daily", "--from", "2024-01-01", "--to", "2024-03-31");
        await CliAsync("run", "monthly", "--month", "2024-01");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(backups, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Create_records_every_tier_in_the_manifest_and_verify_restores_them_to_the_same_figures()
    {
        var created = await CliAsync("backup", "create", "--out", Path.Combine(backups, "nightly"));
        var backup = created["backup"]!.GetValue<string>();

        Assert.Equal(["raw", "clickhouse", "archive"], created["tiers"]!.AsArray().Select(tier => tier!["tier"]!.GetValue<string>()));
        Assert.Equal(700, Table(created, "raw", "public.sales_data")["rows"]!.GetValue<long>());
        var march = await stores.ClickHouseScalarAsync<ulong>("SELECT count() FROM fact_sales WHERE toYYYYMM(sale_date) = 202403");
        Assert.Equal((long)march, Table(created, "clickhouse", "fact_sales/202403")["rows"]!.GetValue<long>());
        Assert.True(Table(created, "archive", "public.historical_sales_p2024_01")["rows"]!.GetValue<long>() > 0);
        Assert.All(created["tiers"]!.AsArray(), tier => Assert.True(tier!["bytes"]!.GetValue<long>() > 0));
        Assert.True(File.Exists(Path.Combine(backup, "manifest.json")));

        var verified = await CliAsync("backup", "verify", backup);

        Assert.True(verified["verified"]!.GetValue<bool>(), verified.ToJsonString());
        Assert.Empty(verified["mismatches"]!.AsArray());
    }

    [Fact]
    public async Task Verify_fails_naming_the_table_whose_figures_changed_and_the_tier_whose_dump_is_damaged()
    {
        var backup = (await CliAsync("backup", "create", "--out", Path.Combine(backups, "nightly")))["backup"]!.GetValue<string>();
        var manifestPath = Path.Combine(backup, "manifest.json");
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!;
        var february = manifest["tiers"]!.AsArray().Single(tier => tier!["tier"]!.GetValue<string>() == "clickhouse")!["tables"]!.AsArray()
            .Single(table => table!["name"]!.GetValue<string>() == "fact_sales/202402")!;
        february["rows"] = february["rows"]!.GetValue<long>() + 1;
        await File.WriteAllTextAsync(manifestPath, manifest.ToJsonString());
        var dump = Path.Combine(backup, "archive.dump");
        await File.WriteAllBytesAsync(dump, (await File.ReadAllBytesAsync(dump))[..200]);

        var run = await CliRun.InvokeAsync(Env, "backup", "verify", backup, "--json");

        Assert.Equal(1, run.ExitCode);
        var verified = JsonNode.Parse(run.Out)!;
        Assert.False(verified["verified"]!.GetValue<bool>());
        var mismatches = verified["mismatches"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains(mismatches, m => m.StartsWith("clickhouse fact_sales/202402:", StringComparison.Ordinal));
        Assert.Contains(mismatches, m => m.StartsWith("archive:", StringComparison.Ordinal));
        Assert.DoesNotContain(mismatches, m => m.StartsWith("raw", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restore_puts_the_raw_tier_back_with_its_run_history_and_keep_leaves_the_newest()
    {
        for (var i = 0; i < 3; i++)
        {
            await CliAsync("backup", "create", "--tier", "raw", "--out", Path.Combine(backups, "raw"), "--keep", "2");
        }
        var kept = Directory.GetDirectories(Path.Combine(backups, "raw")).Order(StringComparer.Ordinal).ToList();
        var before = await RawFiguresAsync();
        await raw.Database.ExecuteAsync("DELETE FROM sales_data WHERE sale_id % 2 = 0; DELETE FROM strata_meta.runs", CancellationToken.None);

        var restored = await CliAsync("backup", "restore", kept[^1], "--tier", "raw");

        Assert.Equal(2, kept.Count);
        Assert.Equal(["raw"], restored["tiers"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(before, await RawFiguresAsync());
    }

    [Fact]
    public async Task After_the_warehouse_is_restored_the_next_daily_run_catches_up_without_skipping_or_duplicating()
    {
        var backup = (await CliAsync("backup", "create", "--tier", "clickhouse", "--out", Path.Combine(backups, "ch")))["backup"]!.GetValue<string>();
        var asBackedUp = await stores.FingerprintAsync();
        // After the backup: one new sale and one changed sale in March, loaded by the next night's run.
        await raw.Database.ExecuteAsync("""
            INSERT INTO sales_data (sale_id, sale_date, product_id, customer_id, quantity, price, source_file, updated_at)
            VALUES (900001, '2024-03-15 12:00:00+00', 'P001', 1, 3, 2.99, 'late', now());
            UPDATE sales_data SET quantity = quantity + 5, updated_at = now() WHERE sale_id = (SELECT min(sale_id) FROM sales_data);
            """, CancellationToken.None);
        await CliAsync("run", "daily", "--date", "2024-03-15");
        var caughtUp = await stores.FingerprintAsync();

        await CliAsync("backup", "restore", backup, "--tier", "clickhouse");
        Assert.Equal(asBackedUp, await stores.FingerprintAsync());
        await CliAsync("run", "daily", "--date", "2024-03-31");

        Assert.NotEqual(asBackedUp["fact_sales"], caughtUp["fact_sales"]);
        Assert.Equal(caughtUp, await stores.FingerprintAsync());
    }

    [Fact]
    public async Task Restore_puts_the_archive_back_and_names_the_months_archived_since()
    {
        var backup = (await CliAsync("backup", "create", "--tier", "archive", "--out", Path.Combine(backups, "gp")))["backup"]!.GetValue<string>();
        var january = await ArchiveCountAsync();
        await CliAsync("run", "monthly", "--month", "2024-02");
        await archive.Database.ExecuteAsync("TRUNCATE historical_sales", CancellationToken.None);

        var restored = await CliAsync("backup", "restore", backup, "--tier", "archive");

        Assert.Equal(january, await ArchiveCountAsync());
        Assert.Equal(["strata run monthly --month 2024-02"], restored["redo"]!.AsArray().Select(r => r!.GetValue<string>()));
        var verified = await CliAsync("backup", "verify", backup);
        Assert.True(verified["verified"]!.GetValue<bool>(), verified.ToJsonString());
    }

    [Fact]
    public async Task The_last_success_gauge_and_status_follow_the_newest_finished_backup_and_a_failed_one_moves_neither()
    {
        var textfile = Path.Combine(backups, "textfile", "strata.prom");
        var env = new Dictionary<string, string>(Env) { ["STRATA_METRICS_TEXTFILE"] = textfile };
        var unreachable = new Dictionary<string, string>(env) { ["STRATA_GREENPLUM"] = archive.ConnectionString.Replace("Database=", "Database=gone_") };

        var failed = await CliRun.InvokeAsync(unreachable, "backup", "create", "--tier", "archive", "--json");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("gone_", JsonNode.Parse(failed.Out)!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        var afterFailure = Sample.Parse(await File.ReadAllTextAsync(textfile));
        Assert.Equal(0, afterFailure.Value("strata_backup_last_success_timestamp_seconds"));
        Assert.Equal(1, afterFailure.Value("strata_last_run_failed", ("pipeline", "backup")));
        Assert.Empty(BackupRetention.Finished(Path.Combine(backups, "backups")));
        Assert.False(Directory.Exists(Path.Combine(backups, "backups")) && Directory.EnumerateFileSystemEntries(Path.Combine(backups, "backups")).Any());
        Assert.Null((await CliAsync(env, "status"))["backup"]!["last_success_at"]);

        var created = await CliAsync(env, "backup", "create", "--tier", "raw");

        var takenAt = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(created["backup"]!.GetValue<string>(), "manifest.json")))!["created_at"]!
            .GetValue<DateTimeOffset>();
        var afterSuccess = Sample.Parse(await File.ReadAllTextAsync(textfile));
        Assert.Equal((takenAt - DateTimeOffset.UnixEpoch).TotalSeconds, afterSuccess.Value("strata_backup_last_success_timestamp_seconds"), 3);
        Assert.Equal(0, afterSuccess.Value("strata_last_run_failed", ("pipeline", "backup")));
        var status = await CliAsync(env, "status");
        Assert.Equal(takenAt, status["backup"]!["last_success_at"]!.GetValue<DateTimeOffset>());
        Assert.Equal(created["backup"]!.GetValue<string>(), status["backup"]!["folder"]!.GetValue<string>());
        var history = await stores.PostgresRowsAsync(
            $"SELECT status, trigger FROM strata_meta.runs WHERE pipeline = 'backup' AND run_id = '{created["run_id"]!.GetValue<Guid>()}'");
        Assert.Equal(["succeeded", "manual"], history.Single().Select(value => (string)value!));
    }

    private Task<JsonNode> CliAsync(params string[] args) => CliAsync(Env, args);

    private static async Task<JsonNode> CliAsync(Dictionary<string, string> env, params string[] args)
    {
        var run = await CliRun.InvokeAsync(env, [.. args, "--json"]);
        Assert.True(run.ExitCode == 0, $"strata {string.Join(' ', args)}: {run.Error}");
        return JsonNode.Parse(run.Out)!;
    }

    private static JsonNode Table(JsonNode created, string tier, string name) =>
        created["tiers"]!.AsArray().Single(t => t!["tier"]!.GetValue<string>() == tier)!["tables"]!.AsArray()
            .Single(t => t!["name"]!.GetValue<string>() == name)!;

    private async Task<string> RawFiguresAsync()
    {
        var rows = await stores.PostgresRowsAsync("""
            SELECT (SELECT count(*) FROM sales_data) || ' sales, ' || (SELECT count(*) FROM strata_meta.runs) || ' runs, '
                || (SELECT md5(string_agg(s::text, ',' ORDER BY sale_id)) FROM sales_data AS s)
            """);
        return (string)rows[0][0]!;
    }

    private async Task<long> ArchiveCountAsync()
    {
        await using var command = archive.Database.DataSource.CreateCommand("SELECT count(*) FROM historical_sales");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
