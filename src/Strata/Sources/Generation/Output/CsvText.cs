using System.Globalization;

namespace Strata.Sources.Generation.Output;

/// <summary>The canonical spellings of docs/csv-format.md, invariant culture whatever the machine's settings.</summary>
internal static class CsvText
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string TimestampFormat = "yyyy-MM-dd HH:mm:ss";

    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Timestamp(DateTime value) => value.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    public static DateTime ParseTimestamp(string text) => DateTime.ParseExact(text, TimestampFormat, CultureInfo.InvariantCulture);
}
