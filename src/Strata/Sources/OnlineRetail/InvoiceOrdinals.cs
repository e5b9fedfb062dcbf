namespace Strata.Sources.OnlineRetail;

/// <summary>
/// Numbers the lines of the current invoice 1, 2, 3... so sale_id = invoice * 1000 + ordinal. An exact
/// repeat of a line inside the same invoice gets its first occurrence's ordinal, so the merge counts it as
/// a duplicate. The export keeps an invoice's lines together, so only the current invoice is held in memory.
/// </summary>
public sealed class InvoiceOrdinals
{
    public const int LinesPerInvoice = 999;

    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);
    private string? currentInvoice;

    public int Of(string invoice, string[] fields)
    {
        if (invoice != currentInvoice)
        {
            currentInvoice = invoice;
            lines.Clear();
        }
        var content = string.Join('\u001f', fields);
        if (!lines.TryGetValue(content, out var ordinal))
        {
            ordinal = lines.Count + 1;
            lines.Add(content, ordinal);
        }
        return ordinal;
    }
}
