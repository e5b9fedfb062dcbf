-- customer_months_staging: every month holding a day this run recomputes (daily_aggregated_days), aggregated whole
-- from fact_sales per month x customer: orders, units, revenue, first and last purchase. Only those months'
-- partitions of fact_sales are read.
INSERT INTO customer_months_staging (month_start, customer_id, orders, units, revenue, first_purchase, last_purchase)
WITH
recomputed_months AS (
    SELECT DISTINCT toYYYYMM(sale_day) FROM daily_aggregated_days
)

SELECT
    toStartOfMonth(sale_date, 'UTC') AS month_start,
    customer_id,
    count() AS orders,
    sum(quantity) AS units,
    sum(revenue) AS revenue,
    min(sale_date) AS first_purchase,
    max(sale_date) AS last_purchase
FROM fact_sales
WHERE toYYYYMM(sale_date, 'UTC') IN recomputed_months
GROUP BY month_start, customer_id
