using System.Globalization;

namespace Strata.Sources.Generation.Defects;

/// <summary>The spellings real feeds get wrong, shared by the three tables' defects.</summary>
internal static class Faults
{
    private static readonly string[] BadNumbers = ["12x", "abc", "1.2.3", "two", "#VALUE!", "--5"];
    private static readonly string[] BadDates = ["2024-13-45", "yesterday", "2025-02-30", "32.01.2024", "soon", "0000-00-00"];

    /// <summary>Alternative date spellings docs/csv-format.md accepts.</summary>
    private static readonly string[] DateSpellings = ["dd.MM.yyyy", "yyyy'/'MM'/'dd"];

    /// <summary>Alternative timestamp spellings docs/csv-format.md accepts that keep every second of the instant.</summary>
    private static readonly string[] TimestampSpellings =
        ["dd.MM.yyyy HH:mm:ss", "yyyy'/'MM'/'dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.fff'Z'"];

    /// <summary>Spellings without seconds, used only when the second is zero so nothing is lost.</summary>
    private static readonly string[] MinuteSpellings = ["dd.MM.yyyy HH:mm", "yyyy'/'MM'/'dd HH:mm"];

    public static string Number(Random random) => Pick(BadNumbers, random);

    public static string Date(Random random) => Pick(BadDates, random);

    public static string NonPositiveMoney(string price, Random random) => random.Next(3) == 0 ? "0.00" : "-" + price;

    public static string AlternativeDate(DateOnly date, Random random) =>
        date.ToString(Pick(DateSpellings, random), CultureInfo.InvariantCulture);

    public static string AlternativeTimestamp(DateTime utc, Random random)
    {
        var choice = random.Next(TimestampSpellings.Length + 1 + (utc.Second == 0 ? MinuteSpellings.Length : 0));
        if (choice == TimestampSpellings.Length)
        {
            // The same instant on a Moscow clock, with its offset: the ingest converts it back to UTC.
            return utc.AddHours(3).ToString("yyyy-MM-dd'T'HH:mm:ss'+03:00'", CultureInfo.InvariantCulture);
        }
        var spelling = choice < TimestampSpellings.Length ? TimestampSpellings[choice] : MinuteSpellings[choice - TimestampSpellings.Length - 1];
        return utc.ToString(spelling, CultureInfo.InvariantCulture);
    }

    /// <summary>Stray spaces around the text and/or the wrong letter case; never the text unchanged.</summary>
    public static string Scramble(string text, Random random)
    {
        var cased = random.Next(4) switch
        {
            0 => text,
            1 => text.ToUpperInvariant(),
            2 => text.ToLowerInvariant(),
            _ => string.Concat(text.Select((c, i) => i % 2 == 0 ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))),
        };
        var scrambled = random.Next(4) switch
        {
            0 => cased,
            1 => "  " + cased,
            2 => cased + " ",
            _ => " " + cased + "  ",
        };
        return scrambled == text ? text.ToUpperInvariant() + " " : scrambled;
    }

    public static T Pick<T>(IReadOnlyList<T> values, Random random) => values[random.Next(values.Count)];
}
