namespace Strata.ClickHouse;

/// <summary>
/// Values bound to ClickHouse query parameters (<c>{name:Type}</c> in the SQL), never spliced into SQL text.
/// </summary>
public sealed class ClickHouseParameters : Dictionary<string, object?>
{
    public ClickHouseParameters() : base(StringComparer.Ordinal)
    {
    }

    private ClickHouseParameters(IReadOnlyDictionary<string, object?> values) : base(values, StringComparer.Ordinal)
    {
    }

    /// <summary>Values named elsewhere (a report's filter) as ClickHouse parameters; null stays null.</summary>
    public static ClickHouseParameters? Of(IReadOnlyDictionary<string, object?>? values) => values is null ? null : new(values);
}
