-- product_months_staging: every month holding a day this run recomputes (daily_aggregated_days), aggregated whole
-- from fact_sales per month x product: units, revenue, the buyers as a bitmap state, first and last sale. Only
-- those months' partitions of fact_sales are read.
INSERT INTO product_months_staging (month_start, product_id, units, revenue, customers, first_sale, last_sale)
WITH
recomputed_months AS (
    SELECT DISTINCT toYYYYMM(sale_day) FROM daily_aggregated_days
)

SELECT
    toStartOfMonth(sale_date, 'UTC') AS month_start,
    product_id,
    sum(quantity) AS units,
    sum(revenue) AS revenue,
    groupBitmapState(toUInt32(customer_id)) AS customers,
    min(sale_date) AS first_sale,
    max(sale_date) AS last_sale
FROM fact_sales
WHERE toYYYYMM(sale_date, 'UTC') IN recomputed_months
GROUP BY month_start, product_id
