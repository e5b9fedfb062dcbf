using Npgsql;
using Strata.Contracts;
using Strata.Postgres;
using Strata.Sources.OnlineRetail;
using Strata.Sql;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw.Ingest;

/// <summary>Binary COPY writes by position, so each staging table must have exactly the columns the C# side writes.</summary>
public sealed class StagingSchemaTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    private static readonly (string Name, string Type)[] Fixed = [("line_number", "integer"), ("raw_record", "text"), ("reject_reason", "text")];

    [Theory]
    [InlineData("customer_data")]
    [InlineData("product_data")]
    [InlineData("sales_data")]
    [InlineData("returns_data")]
    public async Task A_tables_staging_holds_the_fixed_columns_then_the_contracts_columns_in_order(string table)
    {
        var contract = RawTables.ByName(table);

        var columns = await ColumnsAsync($"raw/ingest/{table}/create_staging.sql", "ingest_staging");

        Assert.Equal([.. Fixed, .. contract.Columns.Select(c => (c.Name, PostgresTypes.Of(c.Kind)))], columns);
    }

    [Fact]
    public async Task The_online_retail_staging_holds_the_fixed_columns_then_the_kinds_the_line_cleaner_writes()
    {
        var columns = await ColumnsAsync("raw/ingest/online_retail/create_lines.sql", "ingest_online_retail");

        Assert.Equal([.. Fixed.Select(c => c.Type), .. OnlineRetailLineCleaner.Kinds.Select(PostgresTypes.Of)], columns.Select(c => c.Type));
    }

    private async Task<List<(string Name, string Type)>> ColumnsAsync(string createSql, string tableName)
    {
        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var create = new NpgsqlCommand(SqlCatalog.Read(createSql), connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        await using var command = new NpgsqlCommand(
            "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 ORDER BY attnum", connection);
        command.Parameters.AddWithValue(tableName);
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }
        return columns;
    }
}
