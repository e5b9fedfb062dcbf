using Strata.Reports;

namespace Strata.Tests.Archive.Analytics;

/// <summary>
/// Every historical report computed from the in-memory history with LINQ, independently of the SQL: the rows each
/// report should return, in its column order. Rounding follows PostgreSQL's round(numeric) (half away from zero).
/// With a filter, only the sales it keeps (UTC days, category and region as they were at the sale; "" = all).
/// </summary>
public sealed class ExpectedReports(SalesHistory history, ReportFilter? filter = null)
{
    private readonly List<ArchivedSale> sales = [.. history.Sales.Select(s => new ArchivedSale(s, history.ProductAt(s), history.CustomerAt(s)))
        .Where(s => filter is null || Keeps(filter, s))];

    private static bool Keeps(ReportFilter filter, ArchivedSale sale) =>
        DateOnly.FromDateTime(sale.Sale.SaleDate) >= filter.From && DateOnly.FromDateTime(sale.Sale.SaleDate) <= filter.To
        && (filter.Category.Length == 0 || sale.Product.Category == filter.Category)
        && (filter.Region.Length == 0 || sale.Customer.Region == filter.Region);

    public List<object?[]> QuarterlyTrends()
    {
        var byQuarter = sales.GroupBy(s => s.Quarter).ToDictionary(g => g.Key);
        var quarters = new List<DateOnly>();
        for (var q = byQuarter.Keys.Min(); q <= byQuarter.Keys.Max(); q = q.AddMonths(3))
        {
            quarters.Add(q);
        }
        var revenue = quarters.Select(q => byQuarter.TryGetValue(q, out var g) ? g.Sum(s => s.Revenue) : 0m).ToList();
        return [.. quarters.Select((q, i) =>
        {
            var sold = byQuarter.TryGetValue(q, out var g) ? g.ToList() : [];
            decimal? previous = i >= 1 ? revenue[i - 1] : null;
            decimal? yearAgo = i >= 4 ? revenue[i - 4] : null;
            return new object?[]
            {
                q.Year, (q.Month - 1) / 3 + 1, revenue[i], sold.Count, sold.Select(s => s.Sale.CustomerId).Distinct().Count(),
                previous, Change(revenue[i], previous), yearAgo, Change(revenue[i], yearAgo),
            };
        })];
    }

    public List<object?[]> SeasonalTopCustomers()
    {
        string[] seasons = ["winter", "spring", "summer", "autumn"];
        return [.. seasons.SelectMany(season =>
        {
            var inSeason = sales.Where(s => s.Season == season).ToList();
            var total = inSeason.Sum(s => s.Revenue);
            return inSeason.GroupBy(s => s.Sale.CustomerId)
                .Select(g => (Customer: g.Key, Revenue: g.Sum(s => s.Revenue), Sales: g.Count()))
                .OrderByDescending(c => c.Revenue).ThenBy(c => c.Customer)
                .Take(10)
                .Select((c, i) =>
                {
                    var now = history.Customers.Single(v => v.CustomerId == c.Customer && v.To == SalesHistory.Infinity);
                    return new object?[] { season, i + 1, c.Customer, now.City, now.Region, c.Revenue, c.Sales, Round(100 * c.Revenue / total, 2) };
                });
        })];
    }

    public List<object?[]> CategoryRevenueByYear()
    {
        var monthly = sales.GroupBy(s => (s.Product.Category, s.Year, s.Month))
            .Select(g => (g.Key.Category, g.Key.Year, g.Key.Month, Revenue: g.Sum(s => s.Revenue), Sales: g.Count())).ToList();
        var rows = monthly.GroupBy(m => (m.Category, m.Year)).OrderBy(g => g.Key.Category, StringComparer.Ordinal).ThenBy(g => g.Key.Year)
            .Select(g =>
            {
                var revenue = g.Sum(m => m.Revenue);
                var sold = g.Sum(m => m.Sales);
                var mean = revenue / g.Count();
                var peak = g.OrderByDescending(m => m.Revenue).ThenBy(m => m.Month).First();
                return (g.Key.Category, g.Key.Year, Revenue: revenue, Row: new List<object?>
                {
                    g.Key.Category, g.Key.Year, revenue, sold, Round(revenue / sold, 2), Round(mean, 2), peak.Month, Round(peak.Revenue / mean, 3),
                });
            }).ToList();
        return [.. rows.Select((r, i) =>
        {
            decimal? previous = i > 0 && rows[i - 1].Category == r.Category ? rows[i - 1].Revenue : null;
            return r.Row.Append(Change(r.Revenue, previous)).ToArray();
        })];
    }

    public List<object?[]> CohortRetention()
    {
        var purchases = sales.Select(s => (s.Sale.CustomerId, s.QuarterNumber)).Distinct().ToList();
        var cohortOf = purchases.GroupBy(p => p.CustomerId).ToDictionary(g => g.Key, g => g.Min(p => p.QuarterNumber));
        var last = purchases.Max(p => p.QuarterNumber);
        return [.. cohortOf.GroupBy(c => c.Value).OrderBy(g => g.Key).SelectMany(cohort =>
        {
            var members = cohort.Select(c => c.Key).ToHashSet();
            return Enumerable.Range(1, last - cohort.Key).Select(after =>
            {
                var returning = purchases.Count(p => members.Contains(p.CustomerId) && p.QuarterNumber == cohort.Key + after);
                return new object?[]
                {
                    (cohort.Key - 1) / 4, (cohort.Key - 1) % 4 + 1, members.Count, after, returning, Round(100m * returning / members.Count, 2),
                };
            });
        })];
    }

    public List<object?[]> RegionalComparison()
    {
        var yearly = sales.GroupBy(s => (s.Year, s.Customer.Country, s.Customer.Region))
            .Select(g => (g.Key.Year, g.Key.Country, g.Key.Region, Revenue: g.Sum(s => s.Revenue), Sales: g.Count(),
                Customers: g.Select(s => s.Sale.CustomerId).Distinct().Count()))
            .ToList();
        return [.. yearly.GroupBy(y => y.Year).OrderBy(g => g.Key).SelectMany(year =>
        {
            var total = year.Sum(y => y.Revenue);
            return year.OrderByDescending(y => y.Revenue).ThenBy(y => y.Country, StringComparer.Ordinal).ThenBy(y => y.Region, StringComparer.Ordinal)
                .Select((y, i) =>
                {
                    var earlier = yearly.Where(e => e.Country == y.Country && e.Region == y.Region && e.Year < y.Year).OrderByDescending(e => e.Year).ToList();
                    decimal? previous = earlier.Count > 0 ? earlier[0].Revenue : null;
                    return new object?[]
                    {
                        y.Year, y.Country, y.Region, y.Revenue, y.Sales, y.Customers, Round(y.Revenue / y.Sales, 2), Round(100 * y.Revenue / total, 2),
                        i + 1, Change(y.Revenue, previous),
                    };
                });
        })];
    }

    public List<object?[]> CategorySeasonality()
    {
        var monthly = sales.GroupBy(s => (s.Product.Category, s.Month)).Select(g => (g.Key.Category, g.Key.Month, Revenue: g.Sum(s => s.Revenue))).ToList();
        return [.. monthly.GroupBy(m => m.Category).OrderBy(g => g.Key, StringComparer.Ordinal).SelectMany(category =>
        {
            var mean = category.Sum(m => m.Revenue) / category.Count();
            return category.GroupBy(m => m.Month.Month).OrderBy(g => g.Key).Select(g =>
            {
                var monthMean = g.Sum(m => m.Revenue) / g.Count();
                return new object?[] { category.Key, g.Key, g.Count(), Round(monthMean, 2), Round(monthMean / mean, 3) };
            });
        })];
    }

    public List<object?[]> SalesForecast()
    {
        var monthly = sales.GroupBy(s => s.Month).ToDictionary(g => g.Key, g => g.Sum(s => s.Revenue));
        var last = monthly.Keys.Max();
        decimal Revenue(DateOnly month) => monthly.TryGetValue(month, out var r) ? r : 0m;
        var last12 = Enumerable.Range(0, 12).Sum(i => Revenue(last.AddMonths(-i)));
        var prior12 = Enumerable.Range(12, 12).Sum(i => Revenue(last.AddMonths(-i)));
        var factor = last12 / prior12;
        return [.. Enumerable.Range(1, 6).Select(ahead =>
        {
            var month = last.AddMonths(ahead);
            var basis = Revenue(month.AddMonths(-12));
            return new object?[] { month, ahead, "seasonal_naive_x_trend", Round(basis, 2), Round(factor, 4), Round(basis * factor, 2) };
        })];
    }

    public List<object?[]> ForecastBacktest() =>
        BacktestExpectation.Rows(sales.GroupBy(s => s.Month).ToDictionary(g => g.Key, g => g.Sum(s => s.Revenue)));

    /// <summary>Per product sold or returned (current name and category): units, gross, returned and net value, return rate.</summary>
    public List<object?[]> ReturnsByProduct() =>
        [.. ProductMovements().OrderByDescending(p => p.Returned).ThenByDescending(p => p.Gross - p.Returned).ThenBy(p => p.ProductId, StringComparer.Ordinal)
            .Select(p => new object?[]
            {
                p.ProductId, p.Name, p.Category, p.SoldUnits, p.ReturnedUnits, p.Gross, p.Returned, p.Gross - p.Returned, ReturnRate(p.Gross, p.Returned),
            })];

    public List<object?[]> ReturnsByCategory() =>
        [.. ProductMovements().GroupBy(p => p.Category)
            .Select(g => (Category: g.Key, Sold: g.Sum(p => p.SoldUnits), ReturnedUnits: g.Sum(p => p.ReturnedUnits), Gross: g.Sum(p => p.Gross),
                Returned: g.Sum(p => p.Returned)))
            .OrderByDescending(c => c.Gross - c.Returned).ThenBy(c => c.Category, StringComparer.Ordinal)
            .Select(c => new object?[] { c.Category, c.Sold, c.ReturnedUnits, c.Gross, c.Returned, c.Gross - c.Returned, ReturnRate(c.Gross, c.Returned) })];

    private IEnumerable<(string ProductId, string Name, string Category, decimal SoldUnits, decimal ReturnedUnits, decimal Gross, decimal Returned)>
        ProductMovements() =>
        history.Sales.Select(s => s.ProductId).Concat(history.Returns.Select(r => r.ProductId)).Distinct().Select(id =>
        {
            var now = history.Products.Single(p => p.ProductId == id && p.To == SalesHistory.Infinity);
            var sold = history.Sales.Where(s => s.ProductId == id).ToList();
            var returned = history.Returns.Where(r => r.ProductId == id).ToList();
            return (id, now.Name, now.Category, (decimal)sold.Sum(s => s.Quantity), (decimal)returned.Sum(r => r.Quantity),
                sold.Sum(s => s.Revenue), returned.Sum(r => r.Revenue));
        });

    private static decimal? ReturnRate(decimal gross, decimal returned) => gross > 0 ? Round(100 * returned / gross, 2) : null;

    public List<object?[]> CustomerDemographics() =>
        [.. sales.GroupBy(s => (s.AgeBand, s.Customer.Gender, s.Customer.Region))
            .OrderBy(g => g.Key.AgeBand, StringComparer.Ordinal).ThenBy(g => g.Key.Gender, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Region, StringComparer.Ordinal)
            .Select(g =>
            {
                var revenue = g.Sum(s => s.Revenue);
                var customers = g.Select(s => s.Sale.CustomerId).Distinct().Count();
                return new object?[]
                {
                    g.Key.AgeBand, g.Key.Gender, g.Key.Region, customers, g.Count(), revenue, Round(revenue / g.Count(), 2), Round(revenue / customers, 2),
                };
            })];

    private static decimal? Change(decimal current, decimal? previous) =>
        previous is null or 0m ? null : Round(100 * (current - previous.Value) / previous.Value, 2);

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
