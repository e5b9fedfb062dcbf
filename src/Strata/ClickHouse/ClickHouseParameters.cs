namespace Strata.ClickHouse;

/// <summary>
/// Values bound to ClickHouse query parameters (<c>{name:Type}</c> in the SQL), never spliced into SQL text.
/// </summary>
public sealed class ClickHouseParameters : Dictionary<string, object?>
{
    public ClickHouseParameters() : base(StringComparer.Ordinal)
    {
    }
}
