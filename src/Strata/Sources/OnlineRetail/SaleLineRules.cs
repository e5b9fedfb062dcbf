using Strata.Sources.Cleaning;

namespace Strata.Sources.OnlineRetail;

/// <summary>
/// The lines of the export that are neither a sale nor a return of a product by a known customer, each with the
/// reason a person reads in quarantine. Checked in this order; the first that applies is the reason. A sale sells a
/// positive quantity; a cancellation (a return, <see cref="Cancellations"/>) takes a negative one back.
/// </summary>
public static class SaleLineRules
{
    public static string? WhyNotASaleOrReturn(string invoice, string stockCode, OnlineRetailLine line)
    {
        var cancellation = Cancellations.IsCancellation(invoice);
        if (NonProductCodes.Describe(stockCode) is { } meaning)
        {
            return $"not a product: StockCode {stockCode} is {meaning}";
        }
        if (NumberValues.TryParseAmount(TextValues.Squeeze(line.Price), out var price) && price == 0)
        {
            return "stock adjustment: price 0, nothing was sold";
        }
        if (NumberValues.TryParseWhole(TextValues.Squeeze(line.Quantity), out var quantity) && (cancellation ? quantity > -1 : quantity < 1))
        {
            return cancellation
                ? $"cancellation without a returned quantity: quantity {quantity} on invoice {invoice}"
                : $"return or correction: quantity {quantity} on invoice {invoice}, which is no cancellation";
        }
        if (TextValues.Squeeze(line.CustomerId).Length == 0)
        {
            return $"missing customer: no Customer ID, so the {(cancellation ? "return" : "sale")} cannot be attributed to anyone";
        }
        return null;
    }
}
