using System.Globalization;
using CsvHelper;
using Strata.Raw.Ingest;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Raw.Ingest;

/// <summary>
/// One Strata CSV file built line by line, each line tagged with its docs/csv-format.md kind and, for lines that must
/// load, the canonical row the raw table must then hold. Expected counts and line numbers follow from the tags.
/// </summary>
public sealed class CsvFixture(string fileName, string table, string header)
{
    private static readonly string[] LoadedKinds = ["genuine", "mixed_date_format", "stray_whitespace_case"];

    private readonly List<Line> lines = [];

    public string FileName => fileName;

    public string Table => table;

    public IReadOnlyList<Line> Lines => lines;

    public CsvFixture Genuine(string text) => Add("genuine", text, text, null);

    /// <summary>A genuine row written otherwise (mixed_date_format, stray_whitespace_case); it must load as <paramref name="canonical"/>.</summary>
    public CsvFixture InPlace(string kind, string written, string canonical) => Add(kind, written, canonical, null);

    public CsvFixture Duplicate(string text) => Add("exact_duplicate", text, null, null);

    /// <summary>An extra row that must go to quarantine, with a fragment its reason must contain.</summary>
    public CsvFixture Defect(string kind, string text, string reasonContains) => Add(kind, text, null, reasonContains);

    public TableCounts Expected => new(
        lines.Count,
        lines.Count(line => LoadedKinds.Contains(line.Kind)),
        lines.Count(line => line.Kind == "exact_duplicate"),
        lines.Count(line => line.ReasonContains is not null));

    /// <summary>The rows the raw table must hold, values joined by '|' (as DatabaseRows prints them).</summary>
    public IEnumerable<string> CanonicalRows => lines.Where(line => line.Canonical is not null).Select(line => string.Join('|', Fields(line.Canonical!)));

    public IEnumerable<Line> Quarantined => lines.Where(line => line.ReasonContains is not null);

    public void WriteTo(TemporaryFolder directory, string lineEnd = "\r\n", bool byteOrderMark = false) =>
        directory.Write(fileName, string.Concat(lines.Select(line => line.Text + lineEnd).Prepend(header + lineEnd)), byteOrderMark);

    private CsvFixture Add(string kind, string text, string? canonical, string? reasonContains)
    {
        // The header is line 1; a record spans one line more for every line break inside its quoted fields.
        var number = 2 + lines.Sum(line => 1 + line.Text.Count(c => c == '\n'));
        lines.Add(new Line(number, kind, text, canonical, reasonContains));
        return this;
    }

    private static string[] Fields(string csvLine)
    {
        using var parser = new CsvParser(new StringReader(csvLine), CultureInfo.InvariantCulture);
        parser.Read();
        return parser.Record!;
    }

    public sealed record Line(int Number, string Kind, string Text, string? Canonical, string? ReasonContains);
}
