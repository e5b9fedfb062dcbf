using System.Globalization;
using Strata.ClickHouse;

namespace Strata.Warehouse.Daily;

/// <summary>Reads the .NET values either ClickHouse engine returns as the types the daily steps work with.</summary>
internal static class DailyValues
{
    public static DateOnly Day(object? value) => value switch
    {
        DateOnly day => day,
        DateTime instant => DateOnly.FromDateTime(instant),
        _ => throw new InvalidCastException($"Expected a date, got {value?.GetType().Name ?? "NULL"}."),
    };

    public static long Long(object? value) => value is null ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    public static decimal Decimal(object? value) => value is null ? 0 : Convert.ToDecimal(value, CultureInfo.InvariantCulture);
}
