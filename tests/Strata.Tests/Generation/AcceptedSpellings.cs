using System.Globalization;

namespace Strata.Tests.Generation;

/// <summary>
/// docs/csv-format.md's canonical and accepted alternative spellings, written out here independently of the generator,
/// so the tests check the files against the contract and not against the generator's own idea of it.
/// </summary>
public static class AcceptedSpellings
{
    private static readonly string[] AlternativeDates = ["dd.MM.yyyy", "yyyy/MM/dd"];

    private static readonly string[] AlternativeTimestamps =
    [
        "dd.MM.yyyy", "yyyy/MM/dd", "dd.MM.yyyy HH:mm", "dd.MM.yyyy HH:mm:ss", "yyyy/MM/dd HH:mm", "yyyy/MM/dd HH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
    ];

    public static bool IsCanonicalDate(string text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static bool IsCanonicalTimestamp(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>The date a registration_date spelling denotes, or null when it is no accepted spelling.</summary>
    public static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", .. AlternativeDates], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The UTC instant a sale_date spelling denotes, or null when it is no accepted spelling.</summary>
    public static DateTime? Instant(string text) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", .. AlternativeTimestamps], CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var instant) ? instant.UtcDateTime : null;

    /// <summary>The Title Case docs/csv-format.md defines for categorical text.</summary>
    public static string TitleCase(string text) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());

    public static bool IsTitleCase(string text) => text.Length == 0 || TitleCase(text) == text;
}
