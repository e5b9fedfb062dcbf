using System.Diagnostics.CodeAnalysis;
using Strata.Contracts;

namespace Strata.Sources.Cleaning;

/// <summary>
/// Cleans one column's raw text into the typed value the raw tier stores, following only the contract:
/// squeezed whitespace, allowed values in their canonical case, Title Case for categorical text, numbers
/// parsed invariantly and range-checked, dates in any accepted spelling converted to UTC and not in the future.
/// </summary>
public sealed class ColumnCleaner(ColumnContract column, DateTime nowUtc, string? sourceName = null)
{
    private readonly string label = sourceName ?? column.Name;
    private readonly string expectation = Expectations.Of(column);

    public ColumnContract Column => column;

    /// <summary>A typed value (short, int, long, decimal, string, DateOnly, UTC DateTime; null when empty and optional) or a problem.</summary>
    public bool TryClean(string? raw, out object? value, [NotNullWhen(false)] out string? problem)
    {
        value = null;
        problem = null;
        var text = TextValues.Squeeze(raw ?? "");
        if (text.Length == 0)
        {
            problem = column.Required ? RejectReasons.Required(label) : null;
            return problem is null;
        }
        value = column.Kind switch
        {
            ValueKind.SmallInteger or ValueKind.Integer or ValueKind.BigInteger => Whole(text),
            ValueKind.Money => Amount(text),
            ValueKind.Date or ValueKind.Timestamp => Instant(text, ref problem),
            _ => Text(text, ref problem),
        };
        if (value is null && problem is null)
        {
            problem = RejectReasons.Expected(label, expectation, text);
        }
        return problem is null;
    }

    private object? Whole(string text)
    {
        if (!NumberValues.TryParseWhole(text, out var number) || !InRange(number))
        {
            return null;
        }
        return column.Kind switch
        {
            ValueKind.SmallInteger when number is >= short.MinValue and <= short.MaxValue => (short)number,
            ValueKind.Integer when number is >= int.MinValue and <= int.MaxValue => (int)number,
            ValueKind.BigInteger => number,
            _ => null,
        };
    }

    private decimal? Amount(string text) =>
        NumberValues.TryParseAmount(text, out var amount) && InRange(amount) ? amount : null;

    private object? Instant(string text, ref string? problem)
    {
        if (!DateValues.TryParseInstant(text, out var utc))
        {
            return null;
        }
        if (utc > nowUtc)
        {
            // A sale or registration that has not happened yet is a broken clock or a typo, never data.
            problem = RejectReasons.InTheFuture(label, utc);
            return null;
        }
        return column.Kind == ValueKind.Date ? DateOnly.FromDateTime(utc) : utc;
    }

    private string? Text(string text, ref string? problem)
    {
        if (column.MaxLength is { } longest && text.Length > longest)
        {
            problem = RejectReasons.TooLong(label, longest, text);
            return null;
        }
        if (column.AllowedValues is { } allowed)
        {
            return allowed.FirstOrDefault(candidate => string.Equals(candidate, text, StringComparison.OrdinalIgnoreCase));
        }
        return column.Categorical ? TextValues.TitleCase(text) : text;
    }

    private bool InRange(decimal number) =>
        (column.Min is not { } min || number >= min) && (column.Max is not { } max || number <= max);
}
