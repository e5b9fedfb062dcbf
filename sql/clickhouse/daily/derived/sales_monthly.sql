-- sales_monthly_staging: sales totals per calendar month (UTC days) from fact_sales: revenue, units,
-- orders (sale lines), distinct customers and the average check.
-- Distinct customers are counted exactly with a bitmap per group (compact for integer ids, so memory stays
-- small however many sales there are).
INSERT INTO sales_monthly_staging (month_start, revenue, units, orders, customers, avg_check)
WITH
sales AS (
    SELECT toStartOfMonth(sale_date, 'UTC') AS month_start, customer_id, quantity, revenue FROM fact_sales
),

per_month AS (
    SELECT month_start, sum(revenue) AS revenue, sum(quantity) AS units, count() AS orders, groupBitmap(toUInt32(customer_id)) AS customers
    FROM sales
    GROUP BY month_start
)

SELECT month_start, revenue, units, orders, customers, round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM per_month
