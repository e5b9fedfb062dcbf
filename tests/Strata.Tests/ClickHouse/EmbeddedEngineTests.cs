using Strata.ClickHouse;
using Strata.ClickHouse.Embedded;
using Strata.Diagnostics;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.ClickHouse;

public sealed class EmbeddedEngineTests(TestClickHouse clickHouse) : IClassFixture<TestClickHouse>
{
    private EmbeddedClickHouseEngine Engine => clickHouse.Engine;

    [Fact]
    public Task Errors_carry_clickhouse_code_and_name() => EngineContract.ErrorsCarryCodeAndNameAsync(Engine);

    [Theory]
    [MemberData(nameof(EngineContract.BoundValues), MemberType = typeof(EngineContract))]
    public Task Parameters_bind_values_exactly(string type, object? value) => EngineContract.ParameterBindsExactlyAsync(Engine, type, value);

    [Fact]
    public Task Arrays_bind_as_parameters() => EngineContract.ArraysBindAsync(Engine);

    [Fact]
    public Task Types_decode_to_exact_dotnet_values() => EngineContract.TypesDecodeAsync(Engine);

    [Fact]
    public async Task A_missing_parameter_is_a_clickhouse_error()
    {
        var error = await Assert.ThrowsAsync<ClickHouseException>(() => clickHouse.RowsAsync("SELECT {absent:Int32}"));

        Assert.Equal("UNKNOWN_QUERY_PARAMETER", error.Name);
    }

    [Fact]
    public async Task An_error_in_the_middle_of_a_stream_surfaces_while_reading_and_the_engine_carries_on()
    {
        await using var result = await Engine.QueryAsync("SELECT throwIf(number = 250000, 'late failure') AS x FROM numbers(300000)", null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ClickHouseException>(() => EngineContract.ReadAllAsync(result));

        Assert.Equal(395, error.Code);
        Assert.Contains("late failure", error.Detail, StringComparison.Ordinal);
        Assert.Equal(7UL, Assert.Single(await clickHouse.RowsAsync("SELECT count() FROM numbers(7)"))[0]);
    }

    [Fact]
    public async Task Statements_without_a_result_stream_also_run_through_query()
    {
        await using (var created = await Engine.QueryAsync("CREATE TABLE ddl_via_query (x Int32) ENGINE = Memory", null, CancellationToken.None))
        {
            Assert.Empty(created.Columns);
            Assert.Empty(await EngineContract.ReadAllAsync(created));
        }

        var tables = await clickHouse.RowsAsync("SHOW TABLES");

        Assert.Contains(tables, row => (string?)row[0] == "ddl_via_query");
    }

    [Fact]
    public async Task An_empty_result_still_names_its_columns()
    {
        await using var result = await Engine.QueryAsync("SELECT number AS n, toString(number) AS s FROM numbers(10) WHERE n > 100", null, CancellationToken.None);

        Assert.Equal(["n", "s"], result.Columns);
        Assert.Empty(await EngineContract.ReadAllAsync(result));
    }

    [Fact]
    public async Task A_second_data_directory_in_the_same_process_is_refused()
    {
        var elsewhere = Path.Combine(Path.GetTempPath(), $"strata-elsewhere-{Guid.NewGuid():N}");

        var error = await Assert.ThrowsAsync<StrataException>(() =>
            EmbeddedClickHouseEngine.OpenAsync(elsewhere, "other", "/unused", CancellationToken.None));

        Assert.Contains(TestClickHouse.Directory, error.Message, StringComparison.Ordinal);
        Assert.Contains("one data directory per process", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(elsewhere));
    }

    [Fact]
    public void A_missing_library_is_a_clear_error_naming_the_setting()
    {
        var error = Assert.Throws<StrataException>(() => LibChdbLoader.Load("/nowhere/libchdb.so"));

        Assert.Contains("/nowhere/libchdb.so", error.Message, StringComparison.Ordinal);
        Assert.Contains("STRATA_LIBCHDB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_managed_null_dereference_stays_a_managed_exception()
    {
        // libchdb's own SIGSEGV handler, left installed, turns this into a process crash (exit 139).
        object? nothing = Environment.GetEnvironmentVariable("STRATA_NO_SUCH_VARIABLE_EVER");

        Assert.Throws<NullReferenceException>(() => nothing!.ToString());
    }
}
