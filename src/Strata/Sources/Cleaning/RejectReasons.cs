using System.Globalization;

namespace Strata.Sources.Cleaning;

/// <summary>
/// Every reason a row can be refused before it reaches SQL, worded for the person who must fix the source:
/// which column, what was expected, what arrived. docs/ingest.md lists them all.
/// </summary>
public static class RejectReasons
{
    private const int ShownLength = 60;

    public static string Ragged(int expectedFields, int actualFields) =>
        string.Create(CultureInfo.InvariantCulture, $"ragged row: {actualFields} fields, but the header has {expectedFields}");

    public static string Malformed(string field) =>
        string.Create(CultureInfo.InvariantCulture, $"malformed CSV: a stray or unclosed quote in {Shown(field)}");

    public static string Required(string column) => $"{column}: required, but empty";

    public static string Expected(string column, string expectation, string raw) => $"{column}: expected {expectation}, got {Shown(raw)}";

    public static string TooLong(string column, int limit, string raw) =>
        string.Create(CultureInfo.InvariantCulture, $"{column}: longer than its limit of {limit} characters, got {Shown(raw)}");

    public static string InTheFuture(string column, DateTime utc) => $"{column}: {DateValues.Canonical(utc)} is in the future";

    /// <summary>The offending value in quotes, cut short so a 1 MB field does not make a 1 MB reason.</summary>
    public static string Shown(string raw) =>
        raw.Length <= ShownLength ? $"\"{raw}\"" : $"\"{raw[..(ShownLength - 3)]}...\" ({raw.Length.ToString(CultureInfo.InvariantCulture)} characters)";
}
