-- sales_weekly_staging: sales totals per ISO week (Monday start, UTC days): revenue, units, orders (sale
-- lines), distinct customers and the average check. The weeks holding a day this run recomputed
-- (daily_aggregated_days) are merged from sales_cube (the customers' bitmaps are merged, so a customer buying on
-- several days counts once); the other weeks are copied from sales_weekly as they are, since sales_cube did not
-- change there.
INSERT INTO sales_weekly_staging (week_start, revenue, units, orders, customers, avg_check)
WITH
recomputed_weeks AS (
    SELECT DISTINCT toMonday(sale_day) FROM daily_aggregated_days
),

per_week AS (
    SELECT
        toMonday(sale_day) AS week_start,
        sum(revenue) AS revenue,
        sum(units) AS units,
        toInt64(sum(orders)) AS orders,
        toInt64(groupBitmapMerge(customers)) AS customers
    FROM sales_cube
    WHERE toMonday(sale_day) IN recomputed_weeks
    GROUP BY week_start
)

SELECT week_start, revenue, units, orders, customers, round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM per_week
UNION ALL
SELECT week_start, revenue, units, orders, customers, avg_check
FROM sales_weekly
WHERE week_start NOT IN recomputed_weeks
