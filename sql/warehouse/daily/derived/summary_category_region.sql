-- summary_category_region_staging: per calendar month x product category x customer region (NULL when the
-- customer has none): revenue, units, orders (sale lines), distinct customers and the average check, merged
-- from sales_cube (the customers' bitmaps are merged, so a customer buying on several days counts once).
INSERT INTO summary_category_region_staging (month_start, category, region, revenue, units, orders, customers, avg_check)
WITH
per_month AS (
    SELECT
        toStartOfMonth(sale_day) AS month_start,
        category,
        region,
        sum(revenue) AS revenue,
        sum(units) AS units,
        sum(orders) AS orders,
        groupBitmapMerge(customers) AS customers
    FROM sales_cube
    GROUP BY month_start, category, region
)

SELECT month_start, category, region, revenue, units, orders, customers, round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM per_month
