using Strata.Sources.Cleaning;

namespace Strata.Sources.OnlineRetail;

/// <summary>
/// The lines of the export that are not a sale of a product to a known customer, each with the reason a
/// person reads in quarantine. Checked in this order; the first that applies is the reason.
/// </summary>
public static class SaleLineRules
{
    public static string? WhyNotASale(string invoice, string stockCode, OnlineRetailLine line)
    {
        if (invoice.StartsWith('C') || invoice.StartsWith('c'))
        {
            return $"cancellation: invoice {invoice} cancels an earlier sale";
        }
        if (NonProductCodes.Describe(stockCode) is { } meaning)
        {
            return $"not a product: StockCode {stockCode} is {meaning}";
        }
        if (NumberValues.TryParseAmount(TextValues.Squeeze(line.Price), out var price) && price == 0)
        {
            return "stock adjustment: price 0, nothing was sold";
        }
        if (NumberValues.TryParseWhole(TextValues.Squeeze(line.Quantity), out var quantity) && quantity < 1)
        {
            return $"return or correction: quantity {quantity} on invoice {invoice}, which is no cancellation";
        }
        if (TextValues.Squeeze(line.CustomerId).Length == 0)
        {
            return "missing customer: no Customer ID, so the sale cannot be attributed to anyone";
        }
        return null;
    }
}
