-- sales_weekly_staging: sales totals per ISO week (Monday start, UTC days): revenue, units, orders (sale
-- lines), distinct customers and the average check, merged from sales_cube (the customers' bitmaps are
-- merged, so a customer buying on several days counts once).
INSERT INTO sales_weekly_staging (week_start, revenue, units, orders, customers, avg_check)
WITH
per_week AS (
    SELECT
        toMonday(sale_day) AS week_start,
        sum(revenue) AS revenue,
        sum(units) AS units,
        sum(orders) AS orders,
        groupBitmapMerge(customers) AS customers
    FROM sales_cube
    GROUP BY week_start
)

SELECT week_start, revenue, units, orders, customers, round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM per_week
