-- summary_weekly_staging: sales totals per ISO week (weeks start on Monday, UTC): revenue, units, orders
-- and distinct customers, from fact_sales.
INSERT INTO summary_weekly_staging (week_start, revenue, units, orders, customers)
WITH
sales AS (
    SELECT toMonday(sale_date, 'UTC') AS week_start, customer_id, quantity, revenue FROM fact_sales
)

SELECT week_start, sum(revenue), sum(quantity), count(), uniqExact(customer_id)
FROM sales
GROUP BY week_start
