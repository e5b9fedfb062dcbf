using ClickHouse.Driver.Numerics;

namespace Strata.ClickHouse.Server;

/// <summary>Brings the driver's values to the embedded engine's .NET types: DateOnly dates, UTC instants, decimal money.</summary>
internal static class ServerValues
{
    public static object? Normalize(string type, object? value) => value switch
    {
        null or DBNull => null,
        ClickHouseDecimal number => (decimal)number,
        DateTimeOffset offset => offset.UtcDateTime,
        DateTime date when IsDate(type) => DateOnly.FromDateTime(date),
        DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        // Sessions run in UTC (ServerSettings), so a zone-less instant is UTC wall-clock time.
        DateTime { Kind: DateTimeKind.Unspecified } instant => DateTime.SpecifyKind(instant, DateTimeKind.Utc),
        _ => value,
    };

    /// <summary>Date and Date32 (inside Nullable or LowCardinality too), not DateTime.</summary>
    private static bool IsDate(string type)
    {
        var inner = type.Replace("Nullable(", "", StringComparison.Ordinal).Replace("LowCardinality(", "", StringComparison.Ordinal);
        return inner.StartsWith("Date", StringComparison.Ordinal) && !inner.StartsWith("DateTime", StringComparison.Ordinal);
    }
}
