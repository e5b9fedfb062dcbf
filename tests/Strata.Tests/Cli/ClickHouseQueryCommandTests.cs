using System.Text.Json;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Cli;

public sealed class ClickHouseQueryCommandTests(TestClickHouse clickHouse) : IClassFixture<TestClickHouse>
{
    private Dictionary<string, string> Env => new() { ["STRATA_CLICKHOUSE"] = clickHouse.Location };

    [Fact]
    public async Task Csv_spells_clickhouse_values_like_the_other_tiers()
    {
        var run = await CliRun.InvokeAsync(Env, "query", "--tier", "clickhouse", "--format", "csv",
            "SELECT toDecimal64('1.50', 2) AS money, toDateTime64('2024-01-02 03:04:05.123456', 6, 'UTC') AS at, " +
            "CAST(NULL AS Nullable(String)) AS missing, toDate32('1900-01-01') AS day, 'a,\"b\"' AS text, [1, 2] AS list");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("money,at,missing,day,text,list\r\n1.50,2024-01-02 03:04:05.123456Z,,1900-01-01,\"a,\"\"b\"\"\",\"[1, 2]\"\r\n", run.Out);
    }

    [Fact]
    public async Task Json_flag_names_the_tier_and_keeps_wide_integers_exact()
    {
        var run = await CliRun.InvokeAsync(Env, "query", "--tier", "clickhouse", "--json",
            "SELECT 42 AS answer, toUInt64('18446744073709551615') AS widest, toInt128('-170141183460469231731687303715884105728') AS huge");

        using var doc = JsonDocument.Parse(run.Out);
        var row = doc.RootElement.GetProperty("rows")[0];
        Assert.Equal("clickhouse", doc.RootElement.GetProperty("tier").GetString());
        Assert.Equal(42, row.GetProperty("answer").GetInt32());
        Assert.Equal(ulong.MaxValue, row.GetProperty("widest").GetUInt64());
        Assert.Equal("-170141183460469231731687303715884105728", row.GetProperty("huge").GetRawText());
    }

    [Fact]
    public async Task Tables_in_the_configured_database_are_queried_by_plain_name()
    {
        await clickHouse.Engine.ExecuteAsync("CREATE TABLE cli_visible (n Int32) ENGINE = Memory AS SELECT 7", null, CancellationToken.None);

        var run = await CliRun.InvokeAsync(Env, "query", "--tier", "clickhouse", "--format", "csv", "SELECT n FROM cli_visible");

        Assert.Equal("n\r\n7\r\n", run.Out);
    }

    [Fact]
    public async Task A_clickhouse_error_is_one_line_with_its_code_and_exit_code_1()
    {
        var run = await CliRun.InvokeAsync(Env, "query", "--tier", "clickhouse", "SELECT * FROM no_such_table");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("strata: ClickHouse error 60 (UNKNOWN_TABLE): ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_clickhouse_setting_is_a_clear_error()
    {
        var run = await CliRun.InvokeAsync(
            new Dictionary<string, string> { ["STRATA_CLICKHOUSE"] = "tcp://somewhere:9000" }, "query", "--tier", "clickhouse", "SELECT 1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("STRATA_CLICKHOUSE must be embedded:<dir> or an http(s):// URL", run.Error, StringComparison.Ordinal);
    }
}
