using Strata.Postgres;
using Strata.Sql;

namespace Strata.Archive;

/// <summary>How many sales the raw tier (PostgreSQL sales_data) holds on each UTC day of a month: what explains a gap.</summary>
public static class SourceDays
{
    public static async Task<Dictionary<DateOnly, long>> SalesPerDayAsync(PostgresDatabase raw, ArchiveMonth month, CancellationToken cancellationToken)
    {
        var days = await raw.ReadAsync(SqlCatalog.Read("raw/archive/sales_per_day.sql"),
            reader => (Day: reader.Column<DateOnly>("day"), Sales: reader.Column<long>("sale_rows")),
            cancellationToken, ("month_start", month.Start), ("month_end", month.End));
        return days.ToDictionary(day => day.Day, day => day.Sales);
    }
}
