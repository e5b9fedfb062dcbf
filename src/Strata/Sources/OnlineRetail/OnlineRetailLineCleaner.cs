using Strata.Contracts;
using Strata.Sources.Cleaning;
using Strata.Sources.Csv;

namespace Strata.Sources.OnlineRetail;

/// <summary>
/// Turns one line of the Online Retail II export into a staged line: the sale or return it describes (its id from
/// invoice and line ordinal, a return's quantity made positive), plus the product and customer facts it mentions,
/// cleaned with the same column rules as Strata CSV files. Lines that are neither (SaleLineRules) or hold bad values
/// carry their reason; their columns are still cleaned, so a customer named only on such a line is still known.
/// </summary>
public sealed class OnlineRetailLineCleaner(OnlineRetailHeader header, DateTime nowUtc)
{
    /// <summary>
    /// The staged values in order: sale_id (a return's return_id), sale_date, product_id, customer_id, quantity, price,
    /// description, category, country, kind (<see cref="Cancellations.SaleKind"/> or <see cref="Cancellations.ReturnKind"/>).
    /// </summary>
    public static readonly IReadOnlyList<ValueKind> Kinds =
    [
        ValueKind.BigInteger, ValueKind.Timestamp, ValueKind.Text, ValueKind.Integer, ValueKind.Integer, ValueKind.Money,
        ValueKind.Text, ValueKind.Text, ValueKind.Text, ValueKind.Text,
    ];

    private readonly InvoiceOrdinals ordinals = new();
    private readonly ColumnCleaner[] columns =
    [
        new(RawTables.Sales.Column("sale_date"), nowUtc, "InvoiceDate"),
        new(RawTables.Products.Column("product_id"), nowUtc, "StockCode"),
        new(RawTables.Sales.Column("customer_id"), nowUtc, "Customer ID"),
        new(RawTables.Sales.Column("quantity"), nowUtc, "Quantity"),
        new(RawTables.Sales.Column("price"), nowUtc, "Price"),
        new(RawTables.Products.Column("name"), nowUtc, "Description"),
    ];

    public StagedRow Clean(CsvRecord record)
    {
        var values = new object?[Kinds.Count];
        if (record.Fields.Length != header.FieldCount || record.Malformation is not null)
        {
            return Staged(record, values, record.Malformation ?? RejectReasons.Ragged(header.FieldCount, record.Fields.Length));
        }
        var line = header.Line(record.Fields);
        var invoice = TextValues.Squeeze(line.Invoice);
        var stockCode = TextValues.Squeeze(line.StockCode).ToUpperInvariant();
        var problems = new List<string>();
        var cancellation = Cancellations.IsCancellation(invoice);
        values[0] = SaleIds.Of(invoice, record.Fields, ordinals, problems);
        values[9] = cancellation ? Cancellations.ReturnKind : Cancellations.SaleKind;
        var notASaleOrReturn = SaleLineRules.WhyNotASaleOrReturn(invoice, stockCode, line);
        var quantity = cancellation && notASaleOrReturn is null ? Cancellations.ReturnedQuantity(line.Quantity) : line.Quantity;
        string[] raw = [line.InvoiceDate, stockCode, CustomerIds.WithoutFloatSuffix(line.CustomerId), quantity, line.Price, line.Description];
        for (var i = 0; i < columns.Length; i++)
        {
            if (!columns[i].TryClean(raw[i], out values[i + 1], out var problem))
            {
                problems.Add(problem);
            }
        }
        values[7] = values[6] is string description ? ProductCategories.Of(description) : null;
        values[8] = TextValues.Squeeze(line.Country) is { Length: > 0 } country ? country : null;
        return Staged(record, values, notASaleOrReturn ?? (problems.Count == 0 ? null : string.Join("; ", problems)));
    }

    private static StagedRow Staged(CsvRecord record, object?[] values, string? reason) =>
        new(record.LineNumber, record.RawRecord, reason, values);
}
