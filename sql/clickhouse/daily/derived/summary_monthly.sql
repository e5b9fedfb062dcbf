-- summary_monthly_staging: sales totals per calendar month (UTC): revenue, units, orders and distinct
-- customers, from fact_sales.
INSERT INTO summary_monthly_staging (month, revenue, units, orders, customers)
WITH
sales AS (
    SELECT toStartOfMonth(sale_date, 'UTC') AS month, customer_id, quantity, revenue FROM fact_sales
)

SELECT month, sum(revenue), sum(quantity), count(), uniqExact(customer_id)
FROM sales
GROUP BY month
