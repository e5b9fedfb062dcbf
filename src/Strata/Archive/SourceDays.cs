using Strata.Postgres;
using Strata.Sql;

namespace Strata.Archive;

/// <summary>How many sales the raw tier (PostgreSQL sales_data) holds on each UTC day of a month: what explains a gap.</summary>
public static class SourceDays
{
    public static async Task<Dictionary<DateOnly, long>> SalesPerDayAsync(PostgresDatabase raw, ArchiveMonth month, CancellationToken cancellationToken)
    {
        await using var connection = await raw.OpenAsync(cancellationToken);
        await using var command = ArchiveCommand.Create(connection, SqlCatalog.Read("raw/archive/sales_per_day.sql"),
            ("month_start", month.Start), ("month_end", month.End));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var days = new Dictionary<DateOnly, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            days[DateOnly.FromDateTime(reader.GetDateTime(0))] = reader.GetInt64(1);
        }
        return days;
    }
}
