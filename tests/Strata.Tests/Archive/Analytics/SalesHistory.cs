namespace Strata.Tests.Archive.Analytics;

public sealed record ProductVersion(string ProductId, string Name, string Category, decimal Price, DateTime From, DateTime To);

public sealed record CustomerVersion(int CustomerId, short Age, string Gender, string City, string Region, string Country, DateTime From, DateTime To);

public sealed record Sale(long SaleId, DateTime SaleDate, string ProductId, int CustomerId, int Quantity, decimal Price)
{
    public decimal Revenue => Quantity * Price;
}

/// <summary>
/// A deterministic 27-month history (2022-01 .. 2024-03) with a yearly season, customers joining over time, a
/// customer who moves region, a product that changes category and some returns: enough for every historical report to have
/// something to say. The tests load it into the archive and compute the expected reports from it in C#.
/// </summary>
public sealed class SalesHistory
{
    public static readonly DateTime Infinity = DateTime.MaxValue;
    public static readonly DateTime MinusInfinity = DateTime.MinValue;
    public static readonly DateTime Move = new(2023, 7, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Recategorised = new(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Categories = ["Garden", "Toys", "Books", "Kitchen"];
    private static readonly (string City, string Region, string Country)[] Places =
    [
        ("Hamburg", "North", "Germany"), ("Munich", "South", "Germany"), ("Berlin", "East", "Germany"),
        ("Cologne", "West", "Germany"), ("Lyon", "South", "France"), ("Lille", "North", "France"),
    ];

    public SalesHistory()
    {
        for (var p = 1; p <= 8; p++)
        {
            var id = $"P{p}";
            var price = 5m + p * 3.25m;
            if (p == 3)
            {
                Products.Add(new(id, "Puzzle", "Toys", price, MinusInfinity, Recategorised));
                Products.Add(new(id, "Puzzle", "Games", price, Recategorised, Infinity));
            }
            else
            {
                Products.Add(new(id, $"Product {p}", Categories[(p - 1) / 2], price, MinusInfinity, Infinity));
            }
        }
        for (var c = 1; c <= 30; c++)
        {
            var place = Places[c % Places.Length];
            var age = (short)(15 + c * 53 % 60);
            var gender = c % 2 == 0 ? "F" : "M";
            if (c == 5)
            {
                Customers.Add(new(c, age, gender, "Hamburg", "North", "Germany", MinusInfinity, Move));
                Customers.Add(new(c, age, gender, "Munich", "South", "Germany", Move, Infinity));
            }
            else
            {
                Customers.Add(new(c, age, gender, place.City, place.Region, place.Country, MinusInfinity, Infinity));
            }
        }
        var random = new Random(20240301);
        long saleId = 1000;
        for (var month = new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            month < new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc);
            month = month.AddMonths(1))
        {
            var index = (month.Year - 2022) * 12 + month.Month - 1;
            // A yearly season (December peak, February low) on a slowly growing base.
            var count = 20 + index + (month.Month == 12 ? 25 : 0) + (month.Month is 6 or 7 ? 10 : 0) - (month.Month == 2 ? 8 : 0);
            var active = Enumerable.Range(1, 30).Where(c => c <= 8 + index).ToArray();
            for (var i = 0; i < count; i++)
            {
                var product = $"P{random.Next(1, 9)}";
                var customer = active[random.Next(active.Length)];
                var at = month.AddDays(random.Next(DateTime.DaysInMonth(month.Year, month.Month)))
                    .AddSeconds(random.Next(86_400)).AddTicks(random.Next(10) * 10);
                var price = Products.First(p => p.ProductId == product).Price;
                Sales.Add(new(saleId++, at, product, customer, random.Next(1, 6), price));
            }
        }
        // Every 9th sale has one unit returned three days later (a return of the last days of a month falls in the next).
        Returns.AddRange(Sales.Where(s => s.SaleId % 9 == 0).Select(s => s with { SaleDate = s.SaleDate.AddDays(3), Quantity = 1 }));
    }

    public List<ProductVersion> Products { get; } = [];

    public List<CustomerVersion> Customers { get; } = [];

    public List<Sale> Sales { get; } = [];

    /// <summary>Returned lines, shaped as the sale they return (return_id = sale_id, the return's instant and quantity).</summary>
    public List<Sale> Returns { get; } = [];

    public ProductVersion ProductAt(Sale sale) => Products.Single(p => p.ProductId == sale.ProductId && sale.SaleDate >= p.From && sale.SaleDate < p.To);

    public CustomerVersion CustomerAt(Sale sale) => Customers.Single(c => c.CustomerId == sale.CustomerId && sale.SaleDate >= c.From && sale.SaleDate < c.To);
}
