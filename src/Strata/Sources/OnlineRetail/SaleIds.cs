using System.Globalization;
using Strata.Sources.Cleaning;

namespace Strata.Sources.OnlineRetail;

/// <summary>
/// sale_id = invoice number * 1000 + the line's ordinal within the invoice (InvoiceOrdinals). A cancellation's lines
/// get their return_id the same way from the number after its "C" (returns_data is a key space of its own).
/// </summary>
public static class SaleIds
{
    private const long Stride = InvoiceOrdinals.LinesPerInvoice + 1;

    /// <summary>The line's sale_id, or null with a problem when the invoice is no number or has too many lines.</summary>
    public static long? Of(string invoice, string[] fields, InvoiceOrdinals ordinals, List<string> problems)
    {
        if (!NumberValues.TryParseWhole(Cancellations.Number(invoice), out var number) || number < 1 || number > long.MaxValue / Stride - 1)
        {
            // Adjustments ("A563185") are no numbers; their rule names them first.
            problems.Add(RejectReasons.Expected("Invoice", "an invoice number", invoice));
            return null;
        }
        var ordinal = ordinals.Of(invoice, fields);
        if (ordinal > InvoiceOrdinals.LinesPerInvoice)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"Invoice: {invoice} has more than {InvoiceOrdinals.LinesPerInvoice} distinct lines; sale_id = invoice * 1000 + line holds no more"));
            return null;
        }
        return number * Stride + ordinal;
    }
}
