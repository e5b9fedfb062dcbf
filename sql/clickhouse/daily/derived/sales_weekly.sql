-- sales_weekly_staging: sales totals per ISO week (weeks start on Monday, UTC days) from fact_sales:
-- revenue, units, orders (sale lines), distinct customers and the average check.
-- Distinct customers are counted exactly with a bitmap per group (compact for integer ids, so memory stays
-- small however many sales there are).
INSERT INTO sales_weekly_staging (week_start, revenue, units, orders, customers, avg_check)
WITH
sales AS (
    SELECT toMonday(sale_date, 'UTC') AS week_start, customer_id, quantity, revenue FROM fact_sales
),

per_week AS (
    SELECT week_start, sum(revenue) AS revenue, sum(quantity) AS units, count() AS orders, groupBitmap(toUInt32(customer_id)) AS customers
    FROM sales
    GROUP BY week_start
)

SELECT week_start, revenue, units, orders, customers, round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM per_week
