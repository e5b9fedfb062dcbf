using System.Globalization;
using Strata.Contracts;

namespace Strata.Sources.Cleaning;

/// <summary>What a column accepts, in words for reject reasons: "a whole number >= 1", "one of F, M".</summary>
public static class Expectations
{
    public static string Of(ColumnContract column) => column switch
    {
        { AllowedValues: { } allowed } => $"one of {string.Join(", ", allowed)}",
        { Kind: ValueKind.SmallInteger or ValueKind.Integer or ValueKind.BigInteger } => "a whole number" + Range(column),
        { Kind: ValueKind.Money } => "an amount with at most two decimals" + Range(column),
        { Kind: ValueKind.Date } => "a date (yyyy-MM-dd, dd.MM.yyyy or yyyy/MM/dd)",
        { Kind: ValueKind.Timestamp } => $"a date and time ({DateValues.Described})",
        _ => "text",
    };

    private static string Range(ColumnContract column) => (column.Min, column.Max) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $" between {min} and {max}"),
        ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $" >= {min}"),
        (null, { } max) => string.Create(CultureInfo.InvariantCulture, $" <= {max}"),
        _ => "",
    };
}
