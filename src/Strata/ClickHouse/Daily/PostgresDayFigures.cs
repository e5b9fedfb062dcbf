using Npgsql;
using Strata.Sql;

namespace Strata.ClickHouse.Daily;

/// <summary>PostgreSQL's own per-day figures for the affected days, one indexed range query per run of consecutive days.</summary>
internal static class PostgresDayFigures
{
    public static async Task<Dictionary<DateOnly, DayFigures>> ReadAsync(DailyRun run, IReadOnlyList<long> quarantinedSaleIds, CancellationToken cancellationToken)
    {
        var sql = SqlCatalog.Read("postgres/daily/sales_figures.sql");
        var figures = new Dictionary<DateOnly, DayFigures>();
        foreach (var days in run.AffectedRanges)
        {
            await using var command = run.Postgres.DataSource.CreateCommand(sql);
            command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = days.From });
            command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = days.To });
            command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. quarantinedSaleIds] });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var day = reader.GetFieldValue<DateOnly>(0);
                figures[day] = new DayFigures(day, reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDecimal(4));
            }
        }
        return figures;
    }
}
