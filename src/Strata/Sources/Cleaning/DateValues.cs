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
        DateTime.TryParseExact(text, Spellings, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out utc);

    public static string Canonical(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string[] DatePrefixes() => ["yyyy-MM-dd", "dd.MM.yyyy", "yyyy/MM/dd"];
}
