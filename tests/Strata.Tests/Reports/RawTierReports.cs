namespace Strata.Tests.Reports;

/// <summary>
/// Each ClickHouse report written again, independently, as PostgreSQL SQL over the raw tables only (no
/// summaries, no ClickHouse): what the report must return. Strings sort with COLLATE "C", as ClickHouse sorts
/// bytes; averages and percentages are rounded half away from zero to cents, as both engines do.
/// </summary>
internal static class RawTierReports
{
    private const string AgeBand = """
        CASE WHEN age IS NULL THEN 'unknown' WHEN age < 18 THEN '14-17' WHEN age < 25 THEN '18-24' WHEN age < 35 THEN '25-34'
             WHEN age < 45 THEN '35-44' WHEN age < 55 THEN '45-54' WHEN age < 65 THEN '55-64' ELSE '65+' END
        """;

    private const string Days = """
        days AS (
            SELECT generate_series(first_day, last_day, INTERVAL '1 day')::date AS day
            FROM (SELECT min((sale_date AT TIME ZONE 'UTC')::date) AS first_day,
        """ + " " + """
        max((sale_date AT TIME ZONE 'UTC')::date) AS last_day FROM sales_data) AS bounds
        )
        """;

    /// <summary>Per product sold or returned: units and value sold (sales_data) and returned (returns_data), zeros for a side without rows.</summary>
    private const string ProductMovements = """
        sold AS (SELECT product_id, sum(quantity) AS units, sum(quantity * price) AS revenue FROM sales_data GROUP BY product_id),
        returned AS (SELECT product_id, sum(quantity) AS units, sum(quantity * price) AS revenue FROM returns_data GROUP BY product_id),
        movements AS (
            SELECT p.product_id, p.name, p.category, coalesce(s.units, 0) AS sold_units, coalesce(r.units, 0) AS returned_units,
                   coalesce(s.revenue, 0) AS gross, coalesce(r.revenue, 0) AS returned
            FROM product_data p LEFT JOIN sold s USING (product_id) LEFT JOIN returned r USING (product_id)
            WHERE s.product_id IS NOT NULL OR r.product_id IS NOT NULL
        )
        """;

    public static readonly Dictionary<string, string> Sql = new()
    {
        ["returns_by_product"] = $"""
            WITH {ProductMovements}
            SELECT product_id, name, category, sold_units, returned_units, gross, returned, gross - returned AS net,
                   CASE WHEN gross > 0 THEN round(returned * 100 / gross, 2) END
            FROM movements
            ORDER BY returned DESC, net DESC, product_id COLLATE "C"
            """,
        ["returns_by_category"] = $"""
            WITH {ProductMovements}
            SELECT category, sum(sold_units), sum(returned_units), sum(gross), sum(returned), sum(gross) - sum(returned) AS net,
                   CASE WHEN sum(gross) > 0 THEN round(sum(returned) * 100 / sum(gross), 2) END
            FROM movements
            GROUP BY category
            ORDER BY net DESC, category COLLATE "C"
            """,
        ["revenue_by_category"] = """
            SELECT p.category, sum(s.quantity * s.price) AS revenue,
                   round(sum(s.quantity * s.price) * 100 / (SELECT sum(quantity * price) FROM sales_data), 2),
                   sum(s.quantity), count(*), count(DISTINCT s.customer_id)
            FROM sales_data s JOIN product_data p USING (product_id)
            GROUP BY p.category
            ORDER BY revenue DESC, p.category COLLATE "C"
            """,
        ["purchases_by_demographics"] = $"""
            WITH buyers AS (
                SELECT customer_id, count(*) AS orders, sum(quantity) AS units, sum(quantity * price) AS revenue FROM sales_data GROUP BY customer_id
            ),
            people AS (
                SELECT customer_id, {AgeBand} AS age_band, coalesce(gender, 'unknown') AS gender,
                       coalesce(region, 'unknown') AS region, coalesce(city, 'unknown') AS city
                FROM customer_data
            )
            SELECT age_band, gender, region, city, count(*), sum(orders), sum(units), sum(revenue), round(sum(revenue) / sum(orders), 2)
            FROM buyers JOIN people USING (customer_id)
            GROUP BY age_band, gender, region, city
            ORDER BY age_band COLLATE "C", gender COLLATE "C", region COLLATE "C", city COLLATE "C"
            """,
        ["sales_trend_daily"] = $"""
            WITH {Days},
            daily AS (
                SELECT (sale_date AT TIME ZONE 'UTC')::date AS day, sum(quantity * price) AS revenue, count(*) AS orders, sum(quantity) AS units
                FROM sales_data GROUP BY 1
            ),
            series AS (
                SELECT day, coalesce(revenue, 0) AS revenue, coalesce(orders, 0) AS orders, coalesce(units, 0) AS units
                FROM days LEFT JOIN daily USING (day)
            )
            SELECT day, revenue, orders, units,
                   round(avg(revenue) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW), 2),
                   round((revenue - lag(revenue) OVER w) * 100 / nullif(lag(revenue) OVER w, 0), 2)
            FROM series WINDOW w AS (ORDER BY day)
            ORDER BY day
            """,
        ["sales_trend_weekly"] = $"""
            WITH {Days},
            weeks AS (SELECT DISTINCT date_trunc('week', day)::date AS week_start FROM days),
            weekly AS (
                SELECT date_trunc('week', sale_date AT TIME ZONE 'UTC')::date AS week_start, sum(quantity * price) AS revenue,
                       count(*) AS orders, count(DISTINCT customer_id) AS customers
                FROM sales_data GROUP BY 1
            ),
            series AS (
                SELECT week_start, coalesce(revenue, 0) AS revenue, coalesce(orders, 0) AS orders, coalesce(customers, 0) AS customers
                FROM weeks LEFT JOIN weekly USING (week_start)
            )
            SELECT week_start, revenue, orders, customers,
                   round(avg(revenue) OVER (ORDER BY week_start ROWS BETWEEN 3 PRECEDING AND CURRENT ROW), 2),
                   round((revenue - lag(revenue) OVER w) * 100 / nullif(lag(revenue) OVER w, 0), 2)
            FROM series WINDOW w AS (ORDER BY week_start)
            ORDER BY week_start
            """,
        ["sales_trend_monthly"] = $"""
            WITH {Days},
            months AS (SELECT DISTINCT date_trunc('month', day)::date AS month FROM days),
            monthly AS (
                SELECT date_trunc('month', sale_date AT TIME ZONE 'UTC')::date AS month, sum(quantity * price) AS revenue,
                       count(*) AS orders, count(DISTINCT customer_id) AS customers
                FROM sales_data GROUP BY 1
            ),
            series AS (
                SELECT month, coalesce(revenue, 0) AS revenue, coalesce(orders, 0) AS orders, coalesce(customers, 0) AS customers
                FROM months LEFT JOIN monthly USING (month)
            )
            SELECT month, revenue, orders, customers,
                   round(avg(revenue) OVER (ORDER BY month ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2),
                   round((revenue - lag(revenue) OVER w) * 100 / nullif(lag(revenue) OVER w, 0), 2),
                   round((revenue - lag(revenue, 12) OVER w) * 100 / nullif(lag(revenue, 12) OVER w, 0), 2)
            FROM series WINDOW w AS (ORDER BY month)
            ORDER BY month
            """,
        ["top_products"] = """
            WITH per_product AS (
                SELECT product_id, sum(quantity * price) AS revenue, sum(quantity) AS units, count(DISTINCT customer_id) AS customers
                FROM sales_data GROUP BY product_id
            )
            SELECT rank() OVER (ORDER BY revenue DESC) AS revenue_rank, product_id, p.name, p.category, revenue,
                   round(revenue * 100 / sum(revenue) OVER (), 2), units, customers
            FROM per_product JOIN product_data p USING (product_id)
            ORDER BY revenue_rank, product_id COLLATE "C"
            LIMIT 20
            """,
        ["top_customers"] = $"""
            WITH per_customer AS (
                SELECT customer_id, sum(quantity * price) AS revenue, count(*) AS orders, sum(quantity) AS units,
                       min(sale_date) AS first_purchase, max(sale_date) AS last_purchase
                FROM sales_data GROUP BY customer_id
            )
            SELECT rank() OVER (ORDER BY revenue DESC) AS revenue_rank, customer_id, revenue, orders, units,
                   round(revenue / orders, 2), first_purchase, last_purchase, {AgeBand}, c.gender, c.city, c.region
            FROM per_customer JOIN customer_data c USING (customer_id)
            ORDER BY revenue_rank, customer_id
            LIMIT 20
            """,
    };
}
