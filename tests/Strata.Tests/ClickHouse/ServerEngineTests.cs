using Strata.ClickHouse;
using Strata.Diagnostics;
using Strata.Tests.Infrastructure;
using Strata.Warehouse;

namespace Strata.Tests.ClickHouse;

/// <summary>The same contract as the embedded engine, against a real server (skipped when none is configured).</summary>
public sealed class ServerEngineTests(TestClickHouseServer server) : IClassFixture<TestClickHouseServer>
{
    [ServerFact]
    public Task Errors_carry_clickhouse_code_and_name() => EngineContract.ErrorsCarryCodeAndNameAsync(server.Engine);

    [ServerTheory]
    [MemberData(nameof(EngineContract.BoundValues), MemberType = typeof(EngineContract))]
    public Task Parameters_bind_values_exactly(string type, object? value) => EngineContract.ParameterBindsExactlyAsync(server.Engine, type, value);

    [ServerFact]
    public Task Arrays_bind_as_parameters() => EngineContract.ArraysBindAsync(server.Engine);

    [ServerFact]
    public Task Types_decode_to_exact_dotnet_values() => EngineContract.TypesDecodeAsync(server.Engine);

    [ServerFact]
    public Task Bulk_inserted_rows_come_back_value_for_value() => EngineContract.BulkInsertRoundTripsAsync(server.Engine);

    [ServerFact]
    public async Task The_warehouse_schema_applies_to_a_server_too()
    {
        await WarehouseSchema.EnsureAsync(server.Engine, CancellationToken.None);
        await WarehouseSchema.EnsureAsync(server.Engine, CancellationToken.None);

        var tables = await EngineContract.RowsAsync(server.Engine, "SELECT name FROM system.tables WHERE database = currentDatabase() ORDER BY name");

        Assert.Equal(WarehouseSchema.Tables.Order(StringComparer.Ordinal), tables.Select(row => (string?)row[0]));
    }
}

/// <summary>What the server engine does without a server: fail clearly.</summary>
public sealed class ServerEngineWithoutServerTests
{
    [Fact]
    public async Task An_unreachable_server_is_a_clear_error_without_credentials_in_it()
    {
        var error = await Assert.ThrowsAsync<StrataException>(() => ClickHouseEngines.OpenAsync(
            new ClickHouseLocation.Server(new Uri("http://reader:s3cret@127.0.0.1:9/warehouse"), "warehouse"), "/unused", CancellationToken.None));

        Assert.StartsWith("Cannot reach the ClickHouse server", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }
}
