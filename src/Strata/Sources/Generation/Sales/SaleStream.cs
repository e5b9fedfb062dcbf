using Strata.Sources.Generation.Customers;
using Strata.Sources.Generation.Output;
using Strata.Sources.Generation.Products;
using Strata.Sources.Generation.Returns;
using Strata.Sources.Generation.Timing;

namespace Strata.Sources.Generation.Sales;

/// <summary>
/// Streams the sales day by day in time order: each day's count from the calendar, each basket's buyer from the
/// customers active that day, each line's product from that day's seasonal mix at that day's price. Only one
/// row is alive at a time, so memory stays flat however many sales are asked for. Each line is shown to the
/// returns as it is written, and the day's returns are written when the day ends.
/// </summary>
internal sealed class SaleStream(SalesCalendar calendar, CustomerActivity customers, ProductPicker products, PriceBook prices, Random random)
{
    /// <summary>Chance that the next line belongs to the same basket (same buyer, same moment): baskets average ~1.4 lines.</summary>
    private const double BasketContinues = 0.3;

    public void WriteTo(IRowSink sink, ReturnStream returns, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var row = new string[SaleRows.Width];
        long saleId = 0;
        for (var index = 0; index < calendar.Days; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var day = calendar.Day(index);
            var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var count = calendar.SalesOn(index);
            customers.BeginDay(day);
            products.BeginDay(day);
            prices.BeginDay(day);
            Customer? buyer = null;
            var soldAt = midnight;
            for (long line = 0; line < count; line++)
            {
                if (buyer is null || random.NextDouble() >= BasketContinues)
                {
                    buyer = customers.Pick(random, day);
                    soldAt = midnight.AddSeconds(IntradayClock.SecondOfDay((line + random.NextDouble()) / count));
                    row[SaleRows.Date] = CsvText.Timestamp(soldAt);
                    row[SaleRows.Customer] = CsvText.Integer(buyer.Id);
                }
                var product = products.Pick(random, buyer.GenderSlot);
                row[SaleRows.Id] = CsvText.Integer(++saleId);
                row[SaleRows.Product] = product.Id;
                var quantity = Quantities.Pick(random, prices.Price(product));
                row[SaleRows.Quantity] = CsvText.Integer(quantity);
                row[SaleRows.Price] = prices.Text(product);
                sink.Write(row);
                returns.Observe(saleId, soldAt, product.Id, buyer.Id, quantity, row[SaleRows.Price]);
            }
            sink.EndOfBatch();
            returns.WriteUntil(midnight.AddDays(1));
            progress?.Report(saleId);
        }
    }
}
