using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;
using Strata.Raw.Ingest;

namespace Strata.Tests.Raw.Ingest;

/// <summary>
/// An Online Retail II export read with a few plain rules straight off its lines, independently of the
/// ingest code: what each line is, and so what the three raw tables must hold afterwards.
/// </summary>
public sealed partial class ExportLines
{
    private static readonly HashSet<string> NotProducts = ["POST", "DOT", "M", "C2", "D", "CRUK", "BANK CHARGES", "AMAZONFEE", "ADJUST", "B", "S", "PADS"];

    private ExportLines(List<Line> lines) => All = lines;

    public IReadOnlyList<Line> All { get; }

    public IEnumerable<Line> Sales => All.Where(line => line.Kind == "sale");

    public IEnumerable<Line> DistinctSales => Sales.DistinctBy(line => line.Raw);

    public TableCounts SalesCounts => new(All.Count, DistinctSales.Count(), Sales.Count() - DistinctSales.Count(), All.Count - Sales.Count());

    public TableCounts CustomerCounts => Mentions(line => line.CustomerId);

    public TableCounts ProductCounts => Mentions(line => line.StockCode);

    /// <summary>"kind|count" for the lines that are no sale, in kind order.</summary>
    public IEnumerable<string> QuarantinedKinds =>
        All.Where(line => line.Kind != "sale").GroupBy(line => line.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}|{g.Count()}");

    /// <summary>"sale_id|yyyy-MM-dd HH:mm:ss|product|customer|quantity|price": sale_id = invoice * 1000 + n-th distinct line of the invoice.</summary>
    public IEnumerable<string> SaleRows =>
        All.GroupBy(line => line.Invoice).Where(invoice => invoice.Key.All(char.IsAsciiDigit)).SelectMany(invoice => invoice.Select(line => line.Raw).Distinct()
                .Select((raw, i) => (Line: invoice.First(line => line.Raw == raw), Id: long.Parse(invoice.Key, CultureInfo.InvariantCulture) * 1000 + i + 1)))
            .Where(sale => sale.Line.Kind == "sale")
            .Select(sale => string.Join('|', sale.Id, sale.Line.Date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                sale.Line.StockCode, sale.Line.CustomerId, sale.Line.Quantity, sale.Line.Price.ToString("0.00", CultureInfo.InvariantCulture)));

    /// <summary>"customer|country|registration date": country from the latest line, registration on the first invoice's day.</summary>
    public IEnumerable<string> CustomerRows => Sales.GroupBy(line => line.CustomerId).Select(customer =>
        $"{customer.Key}|{customer.Last().Country}|{customer.Min(line => line.Date):yyyy-MM-dd}");

    /// <summary>"code|name|price": the most frequent description (ties: the one seen last), the latest price.</summary>
    public IEnumerable<string> ProductRows => Sales.GroupBy(line => line.StockCode).Select(product =>
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

    private static string Kind(string[] f) =>
        f[0].StartsWith('C') ? "cancellation"
        : NotProducts.Contains(f[1].Trim().ToUpperInvariant()) ? "not a product"
        : decimal.Parse(f[5], CultureInfo.InvariantCulture) == 0 ? "stock adjustment"
        : int.Parse(f[3], CultureInfo.InvariantCulture) < 1 ? "return or correction"
        : f[6].Length == 0 ? "missing customer"
        : "sale";

    private TableCounts Mentions(Func<Line, string> key)
    {
        var mentions = Sales.Count();
        var distinct = Sales.Select(key).Distinct().Count();
        return new TableCounts(mentions, distinct, mentions - distinct, 0);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public sealed record Line(
        int Index, string Invoice, string StockCode, string Description, int Quantity, DateTime Date, decimal Price, string CustomerId, string Country,
        string Raw, string Kind);
}
