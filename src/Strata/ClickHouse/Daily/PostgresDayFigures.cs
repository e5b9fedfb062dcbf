using System.Collections.Concurrent;
using Strata.Sql;

namespace Strata.ClickHouse.Daily;

/// <summary>
/// PostgreSQL's own per-day figures for the affected days. The days are split into as many stretches as the
/// machine has cores and read concurrently (ClickHouse is idle while the reconciliation runs).
/// </summary>
internal static class PostgresDayFigures
{
    public static async Task<IReadOnlyDictionary<DateOnly, DayFigures>> ReadAsync(DailyRun run, IReadOnlyList<long> quarantinedSaleIds, CancellationToken cancellationToken)
    {
        var sql = SqlCatalog.Read("postgres/daily/sales_figures.sql");
        var figures = new ConcurrentDictionary<DateOnly, DayFigures>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Stretches(run.AffectedRanges, Environment.ProcessorCount), options, async (days, ct) =>
        {
            await using var command = run.Postgres.DataSource.CreateCommand(sql);
            command.Parameters.Add(new Npgsql.NpgsqlParameter<DateOnly> { TypedValue = days.From });
            command.Parameters.Add(new Npgsql.NpgsqlParameter<DateOnly> { TypedValue = days.To });
            command.Parameters.Add(new Npgsql.NpgsqlParameter<long[]> { TypedValue = [.. quarantinedSaleIds] });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var day = reader.GetFieldValue<DateOnly>(0);
                figures[day] = new DayFigures(day, reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDecimal(4));
            }
        });
        return figures;
    }

    /// <summary>The ranges cut into stretches of at most total/parts days, so the parts take about as long each.</summary>
    private static IEnumerable<DailyRange> Stretches(IReadOnlyList<DailyRange> ranges, int parts)
    {
        var total = ranges.Sum(range => range.To.DayNumber - range.From.DayNumber + 1);
        var length = Math.Max(1, (total + parts - 1) / parts);
        foreach (var range in ranges)
        {
            for (var from = range.From; from <= range.To; from = from.AddDays(length))
            {
                var to = from.AddDays(length - 1);
                yield return new DailyRange(from, to < range.To ? to : range.To);
            }
        }
    }
}
