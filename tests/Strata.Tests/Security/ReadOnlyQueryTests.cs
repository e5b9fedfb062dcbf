using System.Globalization;
using Strata.ClickHouse;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Security;

/// <summary>
/// `strata query` runs read-only unless --write: PostgreSQL (raw tier, archive) in READ ONLY transactions, ClickHouse with
/// readonly=1, which also refuses file() (the local file system, /etc/passwd included) and postgresql() (any database).
/// </summary>
public sealed class ReadOnlyQueryTests(TestDatabase postgres, TestClickHouse clickHouse) : IClassFixture<TestDatabase>, IClassFixture<TestClickHouse>
{
    private Dictionary<string, string> Env => new() { ["STRATA_POSTGRES"] = postgres.ConnectionString, ["STRATA_CLICKHOUSE"] = clickHouse.Location };

    [Fact]
    public async Task Postgres_refuses_writes_without_write_and_takes_them_with_it()
    {
        var refused = await QueryAsync("postgres", "CREATE TABLE query_made (n int)");
        var deleted = await QueryAsync("postgres", "SELECT 1; DELETE FROM customer_data");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("read-only transaction", refused.Error, StringComparison.Ordinal);
        Assert.Equal(1, deleted.ExitCode);
        Assert.Equal(0, (await QueryAsync("postgres", "CREATE TABLE query_made (n int)", "--write")).ExitCode);
        Assert.Equal("n\r\n", (await QueryAsync("postgres", "SELECT n FROM query_made")).Out);
    }

    [Theory]
    [InlineData("SELECT * FROM file('/etc/passwd', 'LineAsString')")]
    [InlineData("SELECT * FROM postgresql('127.0.0.1:5432', 'postgres', 'pg_authid', 'strata', 'strata')")]
    [InlineData("CREATE TABLE query_made (n Int32) ENGINE = Memory")]
    [InlineData("SET readonly = 0")]
    public async Task ClickHouse_refuses_writes_files_and_other_databases_without_write(string sql)
    {
        var run = await QueryAsync("clickhouse", sql);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(READONLY)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickHouse_reads_and_with_write_writes()
    {
        Assert.Equal("n\r\n3\r\n", (await QueryAsync("clickhouse", "SELECT count() AS n FROM numbers(3)")).Out);
        Assert.Equal(0, (await QueryAsync("clickhouse", "CREATE TABLE IF NOT EXISTS query_written (n Int32) ENGINE = Memory", "--write")).ExitCode);
        // Read-only sessions are pooled apart: the write above did not get one, and the reads after it still are.
        Assert.Equal(1, (await QueryAsync("clickhouse", "DROP TABLE query_written")).ExitCode);
    }

    [Fact]
    public async Task ClickHouse_read_only_queries_bind_parameters_and_still_refuse_writes()
    {
        // The dashboard's path: every report bound to its filter, with readonly=1.
        await using (var read = await clickHouse.Engine.QueryReadOnlyAsync("SELECT {n:Int32} + 1 AS n", new ClickHouseParameters { ["n"] = 3 }, default))
        {
            Assert.Equal([4], await read.Rows.Select(row => Convert.ToInt32(row[0], CultureInfo.InvariantCulture)).ToListAsync());
        }
        var write = await Assert.ThrowsAsync<ClickHouseException>(async () =>
        {
            await using var result = await clickHouse.Engine.QueryReadOnlyAsync(
                "CREATE TABLE dashboard_made ENGINE = Memory AS SELECT {n:Int32} AS n", new ClickHouseParameters { ["n"] = 3 }, default);
            await result.Rows.CountAsync();
        });
        Assert.Contains("(READONLY)", write.Message, StringComparison.Ordinal);
    }

    private Task<CliRun> QueryAsync(string tier, string sql, params string[] more) =>
        CliRun.InvokeAsync(Env, ["query", "--tier", tier, "--format", "csv", sql, .. more]);
}
