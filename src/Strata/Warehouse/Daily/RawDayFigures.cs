using System.Collections.Concurrent;
using Npgsql;
using Strata.Postgres;
using Strata.Sql;

namespace Strata.Warehouse.Daily;

/// <summary>
/// PostgreSQL's own per-day figures: of every row of the affected days, and of the rows the run quarantined.
/// The days are split into as many stretches as the machine has cores and read concurrently.
/// </summary>
internal static class RawDayFigures
{
    /// <summary>Every sales_data row of the days, per day.</summary>
    public static async Task<IReadOnlyDictionary<DateOnly, DayFigures>> ReadAsync(
        PostgresDatabase raw, IReadOnlyList<DailyRange> days, CancellationToken cancellationToken)
    {
        var sql = SqlCatalog.Read("raw/daily/sales_figures.sql");
        var figures = new ConcurrentDictionary<DateOnly, DayFigures>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Stretches(days, Environment.ProcessorCount), options, async (stretch, ct) =>
        {
            foreach (var day in await raw.ReadAsync(sql, Read, ct, ("first_day", stretch.From), ("last_day", stretch.To)))
            {
                figures[day.Day] = day;
            }
        });
        return figures;
    }

    /// <summary>The rows whose sale_id is one of <paramref name="saleIds"/>, per day.</summary>
    public static async Task<IReadOnlyDictionary<DateOnly, DayFigures>> ReadOfSalesAsync(
        PostgresDatabase raw, IReadOnlyList<long> saleIds, CancellationToken cancellationToken)
    {
        if (saleIds.Count == 0)
        {
            return new Dictionary<DateOnly, DayFigures>();
        }
        var figures = await raw.ReadAsync(
            SqlCatalog.Read("raw/daily/quarantined_sales_figures.sql"), Read, cancellationToken, ("sale_ids", saleIds.ToArray()));
        return figures.ToDictionary(day => day.Day);
    }

    private static DayFigures Read(NpgsqlDataReader reader) => new(
        reader.Column<DateOnly>("sale_day"), reader.Column<long>("rows"), reader.Column<long>("sale_ids"),
        reader.Column<long>("units"), reader.Column<decimal>("revenue"));

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
