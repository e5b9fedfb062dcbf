-- BI view (R8.3): revenue per UTC month on a gap-free month spine, from the first archived month to the last, a
-- month without sales as 0: the series the forecast (bi_sales_forecast) and its backtest
-- (bi_forecast_backtest_months) work on. Built from: historical_sales_by_product_month (the monthly summary).
CREATE OR REPLACE VIEW bi_revenue_by_month AS
WITH sales AS (
    SELECT sale_month AS month, revenue
    FROM historical_sales_by_product_month
),

monthly AS (
    SELECT month, sum(revenue) AS revenue
    FROM sales
    GROUP BY month
),

bounds AS (
    SELECT min(month) AS first_month, max(month) AS last_month
    FROM monthly
)

SELECT spine.month::date AS month, coalesce(monthly.revenue, 0) AS revenue
FROM bounds
CROSS JOIN generate_series(bounds.first_month, bounds.last_month, INTERVAL '1 month') AS spine (month)
LEFT JOIN monthly ON monthly.month = spine.month::date;
