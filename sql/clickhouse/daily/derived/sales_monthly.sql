-- sales_monthly_staging: sales totals per calendar month (UTC days) from fact_sales: revenue, units,
-- orders (sale lines), distinct customers and the average check.
INSERT INTO sales_monthly_staging (month_start, revenue, units, orders, customers, avg_check)
WITH
sales AS (
    SELECT toStartOfMonth(sale_date, 'UTC') AS month_start, customer_id, quantity, revenue FROM fact_sales
),

per_month AS (
    SELECT month_start, sum(revenue) AS revenue, sum(quantity) AS units, count() AS orders, uniqExact(customer_id) AS customers
    FROM sales
    GROUP BY month_start
)

SELECT month_start, revenue, units, orders, customers, round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM per_month
-- Exact distinct counts hold a set per group; past 256 MB the aggregation spills to disk instead of growing
-- with the number of sales.
SETTINGS max_bytes_before_external_group_by = 268435456
