using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using Strata.Raw.Ingest;

namespace Strata.Tests.Raw.Ingest;

/// <summary>
/// An Online Retail II export read with a few plain rules straight off its lines, independently of the
/// ingest code: what each line is (a sale, a return, or why neither), and so what the four raw tables must hold
/// afterwards and what the returns come to per product.
/// </summary>
public sealed partial class ExportLines
{
    private static readonly HashSet<string> NotProducts = ["POST", "DOT", "M", "C2", "D", "CRUK", "BANK CHARGES", "AMAZONFEE", "ADJUST", "B", "S", "PADS"];

    private ExportLines(List<Line> lines) => All = lines;

    public IReadOnlyList<Line> All { get; }

    public IEnumerable<Line> Sales => All.Where(line => line.Kind == "sale");

    public IEnumerable<Line> DistinctSales => Sales.DistinctBy(line => line.Raw);

    /// <summary>Lines of a cancellation invoice ("C..."): returns_data reads them, sales_data the others.</summary>
    public IEnumerable<Line> CancellationLines => All.Where(line => line.Invoice.StartsWith('C'));

    public IEnumerable<Line> SaleLines => All.Where(line => !line.Invoice.StartsWith('C'));

    public IEnumerable<Line> Returns => All.Where(line => line.Kind == "return");

    public IEnumerable<Line> DistinctReturns => Returns.DistinctBy(line => line.Raw);

    public TableCounts SalesCounts => Counts(SaleLines.Count(), Sales.Count(), DistinctSales.Count());

    public TableCounts ReturnCounts => Counts(CancellationLines.Count(), Returns.Count(), DistinctReturns.Count());

    /// <summary>Every line naming a customer mentions them: sales, returns and lines quarantined for another reason alike.</summary>
    public TableCounts CustomerCounts => Mentions(All.Where(line => line.CustomerId.Length > 0), line => line.CustomerId);

    public TableCounts ProductCounts => Mentions(Sales.Concat(Returns), line => line.StockCode);

    /// <summary>"kind|count" for the lines of one table that are neither a sale nor a return, in kind order.</summary>
    public IEnumerable<string> QuarantinedKinds(string table) =>
        (table == "returns_data" ? CancellationLines : SaleLines).Where(line => line.Kind is not ("sale" or "return"))
            .GroupBy(line => line.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}|{g.Count()}");

    /// <summary>
    /// Per product sold or returned: "code|units sold|units returned|gross|returned|net|return rate %", the rate being the
    /// value returned over gross revenue rounded half away from zero to cents (empty when nothing was sold).
    /// </summary>
    public IEnumerable<string> ReturnsByProduct =>
        DistinctSales.Concat(DistinctReturns).GroupBy(line => line.StockCode).Select(product =>
        {
            var sold = product.Where(line => line.Kind == "sale").ToList();
            var returned = product.Where(line => line.Kind == "return").ToList();
            var gross = sold.Sum(line => line.Quantity * line.Price);
            var value = returned.Sum(line => -line.Quantity * line.Price);
            var rate = gross > 0 ? Math.Round(value * 100 / gross, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) : "";
            return string.Join('|', product.Key, sold.Sum(line => line.Quantity), returned.Sum(line => -line.Quantity),
                Money(gross), Money(value), Money(gross - value), rate);
        });

    /// <summary>"sale_id|yyyy-MM-dd HH:mm:ss|product|customer|quantity|price": sale_id = invoice * 1000 + n-th distinct line of the invoice.</summary>
    public IEnumerable<string> SaleRows =>
        All.GroupBy(line => line.Invoice).Where(invoice => invoice.Key.All(char.IsAsciiDigit)).SelectMany(invoice => invoice.Select(line => line.Raw).Distinct()
                .Select((raw, i) => (Line: invoice.First(line => line.Raw == raw), Id: long.Parse(invoice.Key, CultureInfo.InvariantCulture) * 1000 + i + 1)))
            .Where(sale => sale.Line.Kind == "sale")
            .Select(sale => string.Join('|', sale.Id, sale.Line.Date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                sale.Line.StockCode, sale.Line.CustomerId, sale.Line.Quantity, sale.Line.Price.ToString("0.00", CultureInfo.InvariantCulture)));

    /// <summary>"return_id|yyyy-MM-dd HH:mm:ss|product|customer|quantity returned|price": numbered as sales are, after the "C".</summary>
    public IEnumerable<string> ReturnRows =>
        All.GroupBy(line => line.Invoice).Where(invoice => invoice.Key.StartsWith('C')).SelectMany(invoice => invoice.Select(line => line.Raw).Distinct()
                .Select((raw, i) => (
                    Line: invoice.First(line => line.Raw == raw), Id: long.Parse(invoice.Key[1..], CultureInfo.InvariantCulture) * 1000 + i + 1)))
            .Where(item => item.Line.Kind == "return")
            .Select(item => string.Join('|', item.Id, item.Line.Date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                item.Line.StockCode, item.Line.CustomerId, -item.Line.Quantity, item.Line.Price.ToString("0.00", CultureInfo.InvariantCulture)));

    /// <summary>"customer|country|registration date": country from the latest line, registration on the first invoice's day.</summary>
    public IEnumerable<string> CustomerRows => All.Where(line => line.CustomerId.Length > 0).GroupBy(line => line.CustomerId).Select(customer =>
        $"{customer.Key}|{customer.Last().Country}|{customer.Min(line => line.Date):yyyy-MM-dd}");

    /// <summary>"code|name|price": the most frequent description (ties: the one seen last), the latest price.</summary>
    public IEnumerable<string> ProductRows => Sales.Concat(Returns).OrderBy(line => line.Index).GroupBy(line => line.StockCode).Select(product =>
    {
        var name = product.GroupBy(line => line.Description).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(line => line.Index)).First().Key;
        return $"{product.Key}|{name}|{product.Last().Price.ToString("0.00", CultureInfo.InvariantCulture)}";
    });

    public static ExportLines Read(string path)
    {
        using var parser = new CsvParser(new StreamReader(path), CultureInfo.InvariantCulture);
        parser.Read();
        var lines = new List<Line>();
        while (parser.Read())
        {
            var f = parser.Record!;
            lines.Add(new Line(
                lines.Count, f[0], f[1].Trim().ToUpperInvariant(), Spaces().Replace(f[2].Trim(), " "), int.Parse(f[3], CultureInfo.InvariantCulture),
                DateTime.Parse(f[4], CultureInfo.InvariantCulture), decimal.Parse(f[5], CultureInfo.InvariantCulture),
                f[6].Length == 0 ? "" : ((int)decimal.Parse(f[6], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture),
                f[7], string.Join('\u001f', f), Kind(f)));
        }
        return new ExportLines(lines);
    }

    private static string Kind(string[] f)
    {
        var cancellation = f[0].StartsWith('C');
        var quantity = int.Parse(f[3], CultureInfo.InvariantCulture);
        return NotProducts.Contains(f[1].Trim().ToUpperInvariant()) ? "not a product"
            : decimal.Parse(f[5], CultureInfo.InvariantCulture) == 0 ? "stock adjustment"
            : cancellation && quantity > -1 ? "cancellation without a returned quantity"
            : !cancellation && quantity < 1 ? "return or correction"
            : f[6].Length == 0 ? "missing customer"
            : cancellation ? "return" : "sale";
    }

    /// <summary>read, loaded (distinct), duplicates (exact repeats), quarantined (the rest).</summary>
    private static TableCounts Counts(int read, int accepted, int distinct) => new(read, distinct, accepted - distinct, read - accepted);

    private static TableCounts Mentions(IEnumerable<Line> lines, Func<Line, string> key)
    {
        var mentions = lines.Count();
        var distinct = lines.Select(key).Distinct().Count();
        return new TableCounts(mentions, distinct, mentions - distinct, 0);
    }

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public sealed record Line(
        int Index, string Invoice, string StockCode, string Description, int Quantity, DateTime Date, decimal Price, string CustomerId, string Country,
        string Raw, string Kind);
}
