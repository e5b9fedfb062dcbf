-- summary_category_region_staging: per calendar month x product category x customer region (NULL when the
-- customer has none): revenue, units, orders (sale lines), distinct customers and the average check. The months
-- holding a day this run recomputed (daily_aggregated_days) are merged from sales_cube (the customers' bitmaps are
-- merged, so a customer buying on several days counts once); the other months are copied from
-- summary_category_region as they are, since sales_cube did not change there.
INSERT INTO summary_category_region_staging (month_start, category, region, revenue, units, orders, customers, avg_check)
WITH
recomputed_months AS (
    SELECT DISTINCT toStartOfMonth(sale_day) FROM daily_aggregated_days
),

per_month AS (
    SELECT
        toStartOfMonth(sale_day) AS month_start,
        category,
        region,
        sum(revenue) AS revenue,
        sum(units) AS units,
        toInt64(sum(orders)) AS orders,
        toInt64(groupBitmapMerge(customers)) AS customers
    FROM sales_cube
    WHERE toStartOfMonth(sale_day) IN recomputed_months
    GROUP BY month_start, category, region
)

SELECT month_start, category, region, revenue, units, orders, customers, round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM per_month
UNION ALL
SELECT month_start, category, region, revenue, units, orders, customers, avg_check
FROM summary_category_region
WHERE month_start NOT IN recomputed_months
