using System.Globalization;
using Strata.Postgres;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Web;

/// <summary>
/// What the dashboard must show, computed independently: PostgreSQL SQL over the raw tables the pipeline loaded from (no
/// ClickHouse, no report query), for the same days, category and region ("" = all), written as the page writes money.
/// </summary>
internal static class ExpectedFigures
{
    private const string Filtered = """
        FROM sales_data s
        JOIN product_data p USING (product_id)
        LEFT JOIN customer_data c USING (customer_id)
        WHERE (s.sale_date AT TIME ZONE 'UTC')::date BETWEEN @from AND @to
          AND (@category = '' OR p.category = @category)
          AND (@region = '' OR coalesce(c.region, 'unknown') = @region)
        """;

    /// <summary>Revenue, orders, customers and average check, as the key figures show them.</summary>
    public static async Task<Dictionary<string, string>> KeyFiguresAsync(TestDatabase raw, DateOnly from, DateOnly to, string category, string region)
    {
        var sql = $"""
            SELECT coalesce(sum(s.quantity * s.price), 0) AS revenue, count(*) AS orders, count(DISTINCT s.customer_id) AS customers,
                   coalesce(round(sum(s.quantity * s.price) / nullif(count(*), 0), 2), 0) AS avg_check
            {Filtered}
            """;
        var rows = await raw.Database.ReadAsync(sql, reader => new Dictionary<string, string>
        {
            ["revenue"] = Money(reader.Column<decimal>("revenue")),
            ["orders"] = reader.Column<long>("orders").ToString("#,##0", CultureInfo.InvariantCulture),
            ["customers"] = reader.Column<long>("customers").ToString("#,##0", CultureInfo.InvariantCulture),
            ["average check"] = Money(reader.Column<decimal>("avg_check")),
        }, CancellationToken.None, Parameters(from, to, category, region));
        return rows.Single();
    }

    /// <summary>Revenue per calendar month of the range (a month without sales as 0.00), oldest first.</summary>
    public static async Task<List<string>> MonthlyRevenueAsync(TestDatabase raw, DateOnly from, DateOnly to, string category, string region)
    {
        var sql = $"""
            WITH months AS (
                SELECT generate_series(date_trunc('month', @from::date), date_trunc('month', @to::date), INTERVAL '1 month')::date AS month
            ),
            sales AS (
                SELECT date_trunc('month', (s.sale_date AT TIME ZONE 'UTC')::date)::date AS month, s.quantity * s.price AS revenue
                {Filtered}
            )
            SELECT coalesce(sum(sales.revenue), 0) AS revenue
            FROM months LEFT JOIN sales USING (month)
            GROUP BY months.month
            ORDER BY months.month
            """;
        return await raw.Database.ReadAsync(sql, reader => Money(reader.Column<decimal>("revenue")), CancellationToken.None,
            Parameters(from, to, category, region));
    }

    /// <summary>
    /// Archived revenue per UTC quarter, from the first to the last quarter with such sales (a quarter between without any as
    /// 0.00), over the archive's tables: each sale with its product and customer as they were when it happened (the SCD type 2
    /// versions valid at that instant).
    /// </summary>
    public static async Task<List<string>> QuarterlyArchivedRevenueAsync(TestDatabase archive, DateOnly from, DateOnly to, string category, string region)
    {
        const string sql = """
            WITH sales AS (
                SELECT date_trunc('quarter', s.sale_date AT TIME ZONE 'UTC')::date AS quarter, s.revenue
                FROM historical_sales s
                LEFT JOIN historical_products p ON p.product_id = s.product_id AND s.sale_date >= p.valid_from AND s.sale_date < p.valid_to
                LEFT JOIN historical_customers c ON c.customer_id = s.customer_id AND s.sale_date >= c.valid_from AND s.sale_date < c.valid_to
                WHERE (s.sale_date AT TIME ZONE 'UTC')::date BETWEEN @from AND @to
                  AND (@category = '' OR coalesce(p.category, 'unknown') = @category)
                  AND (@region = '' OR coalesce(c.region, 'unknown') = @region)
            ),
            quarters AS (
                SELECT generate_series(min(quarter), max(quarter), INTERVAL '3 months')::date AS quarter FROM sales
            )
            SELECT coalesce(sum(sales.revenue), 0) AS revenue
            FROM quarters LEFT JOIN sales USING (quarter)
            GROUP BY quarters.quarter
            ORDER BY quarters.quarter
            """;
        return await archive.Database.ReadAsync(sql, reader => Money(reader.Column<decimal>("revenue")), CancellationToken.None,
            Parameters(from, to, category, region));
    }

    /// <summary>The first category and the first region (by name) that have sales, for a filter that keeps some.</summary>
    public static async Task<(string Category, string Region)> SomeCategoryAndRegionAsync(TestDatabase raw)
    {
        var category = await raw.Database.ScalarAsync<string>(
            "SELECT min(p.category) FROM sales_data JOIN product_data p USING (product_id)", CancellationToken.None);
        var region = await raw.Database.ScalarAsync<string>(
            "SELECT min(c.region) FROM sales_data JOIN customer_data c USING (customer_id) JOIN product_data p USING (product_id) WHERE p.category = @category",
            CancellationToken.None, ("category", category));
        return (category!, region!);
    }

    public static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static (string, object?)[] Parameters(DateOnly from, DateOnly to, string category, string region) =>
        [("from", from), ("to", to), ("category", category), ("region", region)];
}
