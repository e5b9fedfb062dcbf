-- sales_monthly_staging: sales totals per calendar month (UTC days): revenue, units, orders (sale lines),
-- distinct customers and the average check. The months holding a day this run recomputed (daily_aggregated_days)
-- are merged from sales_cube (the customers' bitmaps are merged, so a customer buying on several days counts
-- once); the other months are copied from sales_monthly as they are, since sales_cube did not change there.
INSERT INTO sales_monthly_staging (month_start, revenue, units, orders, customers, avg_check)
WITH
recomputed_months AS (
    SELECT DISTINCT toStartOfMonth(sale_day) FROM daily_aggregated_days
),

per_month AS (
    SELECT
        toStartOfMonth(sale_day) AS month_start,
        sum(revenue) AS revenue,
        sum(units) AS units,
        toInt64(sum(orders)) AS orders,
        toInt64(groupBitmapMerge(customers)) AS customers
    FROM sales_cube
    WHERE toStartOfMonth(sale_day) IN recomputed_months
    GROUP BY month_start
)

SELECT month_start, revenue, units, orders, customers, round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM per_month
UNION ALL
SELECT month_start, revenue, units, orders, customers, avg_check
FROM sales_monthly
WHERE month_start NOT IN recomputed_months
