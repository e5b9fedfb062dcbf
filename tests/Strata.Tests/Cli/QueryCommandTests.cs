using System.Text.Json;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Cli;

public sealed class QueryCommandTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private Dictionary<string, string> Env => new() { ["STRATA_POSTGRES"] = db.ConnectionString };

    [Fact]
    public async Task Csv_is_rfc4180_with_a_header()
    {
        var run = await CliRun.InvokeAsync(Env, "query", "--tier", "postgres", "--format", "csv",
            "SELECT 1 AS n, 'a,\"b\"' AS text, NULL::int AS missing, DATE '2024-02-29' AS day");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("n,text,missing,day\r\n1,\"a,\"\"b\"\"\",,2024-02-29\r\n", run.Out);
    }

    [Fact]
    public async Task Json_format_is_an_array_of_objects()
    {
        var run = await CliRun.InvokeAsync(Env, "query", "--format", "json", "SELECT n, n * 1.5 AS x FROM generate_series(1, 2) n");

        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        Assert.Equal(3.0m, doc.RootElement[1].GetProperty("x").GetDecimal());
    }

    [Fact]
    public async Task Json_flag_prints_exactly_one_object()
    {
        var run = await CliRun.InvokeAsync(Env, "query", "--json", "SELECT 42 AS answer");

        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("postgres", doc.RootElement.GetProperty("tier").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("row_count").GetInt32());
        Assert.Equal(42, doc.RootElement.GetProperty("rows")[0].GetProperty("answer").GetInt32());
    }

    [Fact]
    public async Task Bad_sql_fails_with_a_message_and_exit_code_1()
    {
        var run = await CliRun.InvokeAsync(Env, "query", "SELECT * FROM no_such_table");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no_such_table", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory]
    [InlineData("query", "--tier", "nowhere", "SELECT 1")]
    [InlineData("no-such-command")]
    public async Task Bad_usage_exits_with_2(params string[] args)
    {
        var run = await CliRun.InvokeAsync(Env, args);

        Assert.Equal(2, run.ExitCode);
    }
}
