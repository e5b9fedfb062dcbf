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
    public Task Bulk_inserted_rows_come_back_value_for_value() => EngineContract.BulkInsertRoundTripsAsync(Engine);

    [Fact]
    public async Task A_bulk_insert_into_a_missing_column_fails_with_clickhouse_s_error()
    {
        await Engine.ExecuteAsync("CREATE TABLE narrow (id Int64) ENGINE = Memory", null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ClickHouseException>(() => Engine.InsertAsync("narrow", ["id", "absent"], Rows([1L, 2L]), CancellationToken.None));

        Assert.Equal(16, error.Code); // NO_SUCH_COLUMN_IN_TABLE
        Assert.Equal(0UL, Assert.Single(await clickHouse.RowsAsync("SELECT count() FROM narrow"))[0]);
    }

    [Fact]
    public async Task A_bulk_insert_whose_source_fails_releases_its_connection()
    {
        await Engine.ExecuteAsync("CREATE TABLE fed (id Int64) ENGINE = Memory", null, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Engine.InsertAsync("fed", ["id"], Failing(), CancellationToken.None));

        await Engine.InsertAsync("fed", ["id"], Rows([7L]), CancellationToken.None);
        Assert.Contains(7L, (await clickHouse.RowsAsync("SELECT id FROM fed")).Select(row => row[0]));

        static async IAsyncEnumerable<object?[]> Failing()
        {
            yield return [1L];
            await Task.Yield();
            throw new InvalidOperationException("the source broke");
        }
    }

    private static async IAsyncEnumerable<object?[]> Rows(params object?[][] rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_missing_parameter_is_a_clickhouse_error()
    {
        var error = await Assert.ThrowsAsync<ClickHouseException>(() => clickHouse.RowsAsync("SELECT {absent:Int32}"));

        Assert.Equal("UNKNOWN_QUERY_PARAMETER", error.Name);
    }

    [Fact]
    public async Task An_error_in_the_middle_of_a_stream_surfaces_and_the_engine_carries_on()
    {
        // libchdb runs the query ahead of the reader: on a busy machine the failure may already be waiting
        // in the first chunk, so it may surface when the stream opens or while it is read. Either is right.
        var error = await Assert.ThrowsAsync<ClickHouseException>(async () =>
        {
            await using var result = await Engine.QueryAsync(
                "SELECT throwIf(number = 250000, 'late failure') AS x FROM numbers(300000)", null, CancellationToken.None);
            await EngineContract.ReadAllAsync(result);
        });

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
        await using var result = await Engine.QueryAsync(
            "SELECT number AS n, toString(number) AS s FROM numbers(10) WHERE n > 100", null, CancellationToken.None);

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
