using System.Globalization;

namespace Strata.Sources.Cleaning;

/// <summary>
/// The date and time spellings the ingest accepts (docs/csv-format.md): the canonical yyyy-MM-dd [HH:mm:ss], the
/// alternatives dd.MM.yyyy and yyyy/MM/dd (each optionally with HH:mm or HH:mm:ss), and ISO 8601 with 'T',
/// an optional fraction and an optional Z or offset. Values without a zone are UTC. Nothing ambiguous
/// such as MM/dd/yyyy is accepted: a wrong guess would corrupt data without anyone noticing.
/// </summary>
public static class DateValues
{
    public const string Described = "yyyy-MM-dd HH:mm:ss, dd.MM.yyyy HH:mm, yyyy/MM/dd HH:mm or ISO 8601";

    private static readonly string[] Spellings =
    [
        .. DatePrefixes().SelectMany(date => new[] { date, date + " HH:mm", date + " HH:mm:ss" }),
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>Parses any accepted spelling to an instant in UTC.</summary>
    public static bool TryParseInstant(string text, out DateTime utc) =>
        TryParseCanonical(text, out utc)
        || DateTime.TryParseExact(text, Spellings, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out utc);

    public static string Canonical(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string[] DatePrefixes() => ["yyyy-MM-dd", "dd.MM.yyyy", "yyyy/MM/dd"];

    /// <summary>
    /// The canonical spellings yyyy-MM-dd and yyyy-MM-dd HH:mm:ss, read digit by digit: nearly every value of a feed
    /// is spelt so, and trying the ten accepted spellings in turn cost about half a microsecond a value. Anything
    /// else (another spelling, or digits that make no date, such as 2024-02-30) is left to the general parser,
    /// which decides.
    /// </summary>
    private static bool TryParseCanonical(string text, out DateTime utc)
    {
        utc = default;
        if (text.Length is not (10 or 19) || text[4] != '-' || text[7] != '-')
        {
            return false;
        }
        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
            || month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        var (hour, minute, second) = (0, 0, 0);
        if (text.Length == 19 && (text[10] != ' ' || text[13] != ':' || text[16] != ':'
            || !TryDigits(text, 11, 2, out hour) || !TryDigits(text, 14, 2, out minute) || !TryDigits(text, 17, 2, out second)
            || hour > 23 || minute > 59 || second > 59))
        {
            return false;
        }
        utc = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }
            value = (value * 10) + digit;
        }
        return true;
    }
}
