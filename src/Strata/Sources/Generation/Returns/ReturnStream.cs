using Strata.Sources.Generation.Output;
using Strata.Sources.Generation.Timing;

namespace Strata.Sources.Generation.Returns;

/// <summary>
/// The returns of the generated sales, decided as each genuine sale line is written: about <c>rate</c> of the lines are
/// cancelled later by the same customer, for the same product at the same price, one to four weeks on (mostly within
/// the first), all of the line's units or some. The line's sale_id is the invoice the return cancels, left blank for
/// about one in ten, as an Online Retail II export never says it. A return that would fall after the last day of
/// sales is not made. Returns wait in a queue until their day is over, then are written in time order with ascending
/// return_ids: the queue holds only the returns of the last four weeks' sales, so memory stays flat however many
/// sales are generated.
/// </summary>
internal sealed class ReturnStream(IRowSink sink, double rate, DateOnly lastDay, Random random)
{
    private const int LongestDelayDays = 28;
    private const double WholeLine = 0.7;
    private const double UnknownInvoice = 0.1;

    private readonly PriorityQueue<string[], (DateTime When, long Order)> pending = new();
    private readonly DateTime afterLastDay = lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    private long scheduled;
    private long returnId;

    /// <summary>Decides whether the sale line just written will be returned, and if so when and how much.</summary>
    public void Observe(long saleId, DateTime soldAt, string productId, int customerId, int quantity, string price)
    {
        if (random.NextDouble() >= rate)
        {
            return;
        }
        // The product of two uniform draws: most returns within days, a few after weeks.
        var days = 1 + (int)(random.NextDouble() * random.NextDouble() * LongestDelayDays);
        var returnedAt = soldAt.Date.AddDays(days).AddSeconds(IntradayClock.SecondOfDay(random.NextDouble()));
        var returned = quantity == 1 || random.NextDouble() < WholeLine ? quantity : 1 + random.Next(quantity - 1);
        var invoice = random.NextDouble() < UnknownInvoice ? "" : CsvText.Integer(saleId);
        if (returnedAt >= afterLastDay)
        {
            return;
        }
        var row = new string[ReturnRows.Width];
        row[ReturnRows.Date] = CsvText.Timestamp(returnedAt);
        row[ReturnRows.Product] = productId;
        row[ReturnRows.Customer] = CsvText.Integer(customerId);
        row[ReturnRows.Quantity] = CsvText.Integer(returned);
        row[ReturnRows.Price] = price;
        row[ReturnRows.CancelledInvoice] = invoice;
        pending.Enqueue(row, (returnedAt, scheduled++));
    }

    /// <summary>
    /// Writes the returns made before <paramref name="until"/>, the end of the day just generated: every later sale is
    /// later still, so none can add an earlier return.
    /// </summary>
    public void WriteUntil(DateTime until)
    {
        while (pending.TryPeek(out var row, out var due) && due.When < until)
        {
            pending.Dequeue();
            row[ReturnRows.Id] = CsvText.Integer(++returnId);
            sink.Write(row);
        }
        sink.EndOfBatch();
    }
}
