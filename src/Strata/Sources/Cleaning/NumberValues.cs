using System.Globalization;

namespace Strata.Sources.Cleaning;

/// <summary>
/// Numbers in the one spelling the feeds agree on: invariant culture, '.' as decimal point, no thousands
/// separators, no exponents. Anything else is a defect to quarantine, not a guess to make.
/// </summary>
public static class NumberValues
{
    public static bool TryParseWhole(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>An amount of money: at most two decimals, because numeric(12,2) would round anything finer silently.</summary>
    public static bool TryParseAmount(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && decimal.Round(value, 2) == value;
}
