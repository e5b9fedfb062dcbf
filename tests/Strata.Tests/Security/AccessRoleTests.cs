using Npgsql;
using Strata.Security;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Security;

/// <summary>
/// `strata db init` makes strata_etl and strata_reader and grants each its rights; here each role, logged in, tries what
/// it must be refused. The archive holds a table and a BI view made by the owner before the init, as an upgraded
/// deployment's archive does.
/// </summary>
public sealed class AccessRoleTests : IAsyncLifetime
{
    private readonly TestDatabase raw = new();
    private readonly EmptyTestDatabase archive = new();

    public async Task InitializeAsync()
    {
        await raw.InitializeAsync();
        await archive.InitializeAsync();
        await archive.Database.ExecuteAsync("CREATE TABLE historical_sales (sale_id bigint, revenue numeric(18, 2)); "
            + "INSERT INTO historical_sales VALUES (1, 9.99); CREATE VIEW bi_sales AS SELECT sum(revenue) AS revenue FROM historical_sales",
            CancellationToken.None);
        var init = await CliRun.InvokeAsync(new Dictionary<string, string>
        {
            ["STRATA_POSTGRES"] = raw.ConnectionString,
            ["STRATA_GREENPLUM"] = archive.ConnectionString,
        }, "db", "init", "--json");
        Assert.True(init.ExitCode == 0, init.Error);
        Assert.Contains("\"roles\":[\"strata_etl\",\"strata_reader\"]", init.Out, StringComparison.Ordinal);
        // The embedded engine has no users to make: said, not failed.
        Assert.Contains("\"skipped\":\"the embedded engine has no users", init.Out, StringComparison.Ordinal);
        await raw.Database.ExecuteAsync(
            "INSERT INTO customer_data (customer_id, registration_date, source_file) VALUES (1, '2023-01-01', 'a.csv')", CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await archive.DisposeAsync();
        await raw.DisposeAsync();
    }

    [Fact]
    public async Task The_reader_reads_the_raw_tier_and_the_archive_and_every_write_fails()
    {
        await using var reader = await TestLogin.CreateAsync(AccessRoles.Reader);

        Assert.Equal("1", await ScalarAsync(reader.On(raw.ConnectionString), "SELECT count(*) FROM customer_data"));
        Assert.Equal("0", await ScalarAsync(reader.On(raw.ConnectionString), "SELECT count(*) FROM strata_meta.runs"));
        Assert.Equal("9.99", await ScalarAsync(reader.On(archive.ConnectionString), "SELECT revenue FROM bi_sales"));
        Assert.Equal("1", await ScalarAsync(reader.On(archive.ConnectionString), "SELECT count(*) FROM historical_sales"));
        foreach (var write in (string[])[
            "INSERT INTO customer_data (customer_id, registration_date, source_file) VALUES (2, '2023-01-01', 'b.csv')", "UPDATE customer_data SET age = 30",
            "DELETE FROM customer_data", "TRUNCATE customer_data", "DELETE FROM strata_meta.runs", "CREATE TABLE mine (n int)",
            "CREATE TEMP TABLE mine (n int)", "CREATE SCHEMA mine", "DROP TABLE sales_data", "ALTER TABLE sales_data ADD COLUMN n int"])
        {
            await AssertDeniedAsync(reader.On(raw.ConnectionString), write);
        }
        foreach (var write in (string[])[
            "INSERT INTO historical_sales VALUES (2, 1.00)", "UPDATE historical_sales SET revenue = 0", "DELETE FROM historical_sales",
            "TRUNCATE historical_sales", "DROP VIEW bi_sales", "CREATE OR REPLACE VIEW bi_sales AS SELECT 1 AS revenue",
            "CREATE TABLE mine (n int)", "CREATE TEMP TABLE mine (n int)"])
        {
            await AssertDeniedAsync(reader.On(archive.ConnectionString), write);
        }
    }

    [Fact]
    public async Task The_reader_reads_tables_the_owner_creates_after_the_init()
    {
        // A monthly run as the owner after the init makes the archive's tables; a later migration makes the raw tier's.
        await archive.Database.ExecuteAsync("CREATE TABLE historical_later (n int); INSERT INTO historical_later VALUES (1)", CancellationToken.None);
        await raw.Database.ExecuteAsync("CREATE TABLE strata_meta.later (n int); INSERT INTO strata_meta.later VALUES (1)", CancellationToken.None);
        await using var reader = await TestLogin.CreateAsync(AccessRoles.Reader);

        Assert.Equal("1", await ScalarAsync(reader.On(archive.ConnectionString), "SELECT count(*) FROM historical_later"));
        Assert.Equal("1", await ScalarAsync(reader.On(raw.ConnectionString), "SELECT count(*) FROM strata_meta.later"));
    }

    [Fact]
    public async Task The_etl_role_writes_data_but_makes_no_ddl_outside_stratas_schemas()
    {
        await using var etl = await TestLogin.CreateAsync(AccessRoles.Etl);

        await ExecuteAsync(etl.On(raw.ConnectionString),
            "INSERT INTO customer_data (customer_id, registration_date, source_file) VALUES (2, '2023-01-01', 'b.csv'); UPDATE customer_data SET age = 30; "
            + "INSERT INTO strata_meta.runs (run_id, pipeline, partition_key, status, trigger, started_at, host, process_id) "
            + "VALUES (gen_random_uuid(), 'ingest', '', 'succeeded', 'manual', now(), 'test', 1); CREATE TEMP TABLE staging (n int)");
        foreach (var ddl in (string[])[
            "CREATE TABLE mine (n int)", "CREATE TABLE strata_meta.mine (n int)", "CREATE SCHEMA mine", "DROP TABLE sales_data",
            "ALTER TABLE sales_data ADD COLUMN n int", "CREATE ROLE mine", "CREATE DATABASE mine"])
        {
            await AssertDeniedAsync(etl.On(raw.ConnectionString), ddl);
        }
        // The archive is Strata's own database: the monthly run creates, swaps and replaces there, in its schema only.
        await ExecuteAsync(etl.On(archive.ConnectionString), "CREATE TABLE historical_sales_stage (LIKE historical_sales); "
            + "INSERT INTO historical_sales VALUES (2, 1.00); CREATE OR REPLACE VIEW bi_sales AS SELECT sum(revenue) AS revenue FROM historical_sales");
        foreach (var ddl in (string[])["CREATE SCHEMA mine", "CREATE ROLE mine", "CREATE DATABASE mine"])
        {
            await AssertDeniedAsync(etl.On(archive.ConnectionString), ddl);
        }
        await using var reader = await TestLogin.CreateAsync(AccessRoles.Reader);
        Assert.Equal("0", await ScalarAsync(reader.On(archive.ConnectionString), "SELECT count(*) FROM historical_sales_stage"));
    }

    [Fact]
    public async Task An_existing_role_is_kept_but_one_with_more_rights_than_strata_gives_stops_the_init_naming_them()
    {
        // In one transaction that is rolled back: roles are the whole server's, and other tests log in as strata_reader.
        await using var connection = new NpgsqlConnection(raw.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var again = new NpgsqlCommand(Strata.Sql.SqlCatalog.Read("raw/roles/create_roles.sql"), connection, transaction))
        {
            await again.ExecuteNonQueryAsync();
        }
        await using var widen = new NpgsqlCommand("ALTER ROLE strata_reader CREATEDB; " + Strata.Sql.SqlCatalog.Read("raw/roles/create_roles.sql"),
            connection, transaction);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => widen.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.ObjectNotInPrerequisiteState, refused.SqlState);
        Assert.Contains("the role strata_reader exists with other attributes than Strata gives it (superuser f, createdb t", refused.MessageText,
            StringComparison.Ordinal);
        Assert.Contains("NOSUPERUSER NOCREATEDB NOCREATEROLE", refused.MessageText, StringComparison.Ordinal);
    }

    private static async Task AssertDeniedAsync(string connectionString, string sql)
    {
        var denied = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connectionString, sql));
        Assert.True(denied.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {denied.SqlState} {denied.MessageText}");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
