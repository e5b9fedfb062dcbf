using Npgsql;

namespace Strata.Tests.Infrastructure;

/// <summary>Reads query results as text rows ("a|b|c", NULL as empty) for comparisons in tests.</summary>
public static class DatabaseRows
{
    public static async Task<List<string>> RowsAsync(this TestDatabase db, string sql)
    {
        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }
}
