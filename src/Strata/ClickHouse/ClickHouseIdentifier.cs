using System.Text.RegularExpressions;

namespace Strata.ClickHouse;

/// <summary>Database and table names Strata puts into SQL text itself: plain identifiers only, so quoting cannot be escaped.</summary>
public static partial class ClickHouseIdentifier
{
    public static string Quote(string name) => $"`{Validate(name)}`";

    public static string Validate(string name) =>
        PlainName().IsMatch(name)
            ? name
            : throw new ArgumentException($"'{name}' is not a plain ClickHouse name (letters, digits, underscores; not starting with a digit).", nameof(name));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,127}$")]
    private static partial Regex PlainName();
}
