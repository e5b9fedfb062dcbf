using Npgsql;
using Strata.Contracts;
using Strata.Postgres;
using Strata.Raw;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw;

public sealed class RawSchemaTests(TestDatabase db) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Migrating_again_applies_nothing()
    {
        var again = await new Migrator(db.Database).MigrateAsync(CancellationToken.None);

        Assert.Empty(again.Applied);
        Assert.Equal(SqlCatalogCount(), again.SchemaVersion);
    }

    [Theory]
    [InlineData("customer_data")]
    [InlineData("product_data")]
    [InlineData("sales_data")]
    [InlineData("returns_data")]
    public async Task Table_columns_types_and_nullability_match_the_contract(string table)
    {
        var contract = RawTables.ByName(table);
        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(
            "SELECT column_name, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull " +
            "FROM information_schema.columns c JOIN pg_attribute a ON a.attrelid = $1::regclass AND a.attname = c.column_name " +
            "WHERE c.table_name = $1 ORDER BY c.ordinal_position", connection);
        command.Parameters.AddWithValue(table);
        var actual = new List<(string, string, bool)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                actual.Add((reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
            }
        }

        var expected = contract.Columns.Select(c => (c.Name, PostgresTypes.Of(c.Kind), !c.Required)).ToList();
        Assert.Equal(expected, actual.Take(expected.Count));
        Assert.Equal(["source_file", "ingested_at", "updated_at"], actual.Skip(expected.Count).Select(c => c.Item1));
    }

    [Theory]
    [InlineData("INSERT INTO customer_data (customer_id, age, registration_date, source_file) VALUES (1, 7, '2024-01-01', 't')")]
    [InlineData("INSERT INTO customer_data (customer_id, gender, registration_date, source_file) VALUES (1, 'X', '2024-01-01', 't')")]
    [InlineData("INSERT INTO product_data (product_id, name, category, price, source_file) VALUES ('A', 'n', 'c', 0, 't')")]
    [InlineData("INSERT INTO sales_data (sale_id, sale_date, product_id, customer_id, quantity, price, source_file) VALUES (1, now(), 'nope', 1, 1, 1, 't')")]
    [InlineData("INSERT INTO returns_data (return_id, return_date, product_id, customer_id, quantity, price, source_file) "
        + "VALUES (1, now(), 'nope', 1, 1, 1, 't')")]
    public async Task Constraints_refuse_what_the_contract_forbids(string insert)
    {
        await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteAsync(insert, CancellationToken.None));
    }

    private static int SqlCatalogCount() => Strata.Sql.SqlCatalog.List("raw/migrations").Count;
}
