-- sales_monthly_staging: sales totals per calendar month (UTC days): revenue, units, orders (sale lines),
-- distinct customers and the average check, merged from sales_cube (the customers' bitmaps are merged,
-- so a customer buying on several days counts once).
INSERT INTO sales_monthly_staging (month_start, revenue, units, orders, customers, avg_check)
WITH
per_month AS (
    SELECT
        toStartOfMonth(sale_day) AS month_start,
        sum(revenue) AS revenue,
        sum(units) AS units,
        sum(orders) AS orders,
        groupBitmapMerge(customers) AS customers
    FROM sales_cube
    GROUP BY month_start
)

SELECT month_start, revenue, units, orders, customers, round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM per_month
