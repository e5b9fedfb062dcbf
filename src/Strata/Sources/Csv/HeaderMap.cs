using Strata.Contracts;

namespace Strata.Sources.Csv;

/// <summary>
/// Where each contract column stands in a file's header: matched by name (case and stray spaces ignored),
/// in any order; extra columns are ignored and absent optional columns stay empty.
/// </summary>
public sealed class HeaderMap
{
    private readonly int[] positions;

    public HeaderMap(TableContract table, IReadOnlyList<string> header)
    {
        Table = table;
        FieldCount = header.Count;
        var names = header.Select(Normalise).ToList();
        positions = [.. table.Columns.Select(column => names.IndexOf(column.Name))];
        MissingRequired = [.. table.Columns.Where((column, i) => column.Required && positions[i] < 0).Select(column => column.Name)];
        Matched = positions.Count(position => position >= 0);
    }

    public TableContract Table { get; }

    public int FieldCount { get; }

    public IReadOnlyList<string> MissingRequired { get; }

    /// <summary>How many of the table's columns the header names: the closest table is the best guess in a refusal.</summary>
    public int Matched { get; }

    /// <summary>The field holding contract column <paramref name="column"/> (by position in the contract), or null when absent.</summary>
    public string? Field(string[] fields, int column) => positions[column] is var position and >= 0 ? fields[position] : null;

    private static string Normalise(string name) => name.Trim().ToLowerInvariant();
}
