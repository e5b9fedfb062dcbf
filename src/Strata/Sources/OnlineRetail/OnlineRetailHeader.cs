namespace Strata.Sources.OnlineRetail;

/// <summary>
/// Where the UCI Online Retail II export's columns stand (matched by name, case and stray spaces ignored);
/// a file without all eight is refused, naming the ones it lacks.
/// </summary>
public sealed class OnlineRetailHeader
{
    public static readonly IReadOnlyList<string> Columns =
        ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country"];

    private readonly int[] positions;

    private OnlineRetailHeader(int[] fieldPositions, int fieldCount)
    {
        positions = fieldPositions;
        FieldCount = fieldCount;
    }

    public int FieldCount { get; }

    public static OnlineRetailHeader Recognise(string fileName, IReadOnlyList<string> header)
    {
        var names = header.Select(name => name.Trim()).ToList();
        var positions = Columns.Select(column => names.FindIndex(name => string.Equals(name, column, StringComparison.OrdinalIgnoreCase))).ToArray();
        var missing = Columns.Where((_, i) => positions[i] < 0).ToList();
        return missing.Count == 0
            ? new OnlineRetailHeader(positions, header.Count)
            : throw new FileRefusedException(fileName, $"not an Online Retail II export: missing column(s) {string.Join(", ", missing)}");
    }

    public OnlineRetailLine Line(string[] fields) => new(
        fields[positions[0]], fields[positions[1]], fields[positions[2]], fields[positions[3]],
        fields[positions[4]], fields[positions[5]], fields[positions[6]], fields[positions[7]]);
}

/// <summary>One line of the export, fields as written.</summary>
public sealed record OnlineRetailLine(
    string Invoice, string StockCode, string Description, string Quantity, string InvoiceDate, string Price, string CustomerId, string Country);
