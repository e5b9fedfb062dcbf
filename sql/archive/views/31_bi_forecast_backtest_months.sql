-- BI view (issue 12 part 6): the forecast backtested, one row per held-out month. The last 6 complete archived
-- months (months before the current UTC month) are held out; each is forecast from the months before them only:
--   seasonal_naive_x_trend (bi_sales_forecast's method): the same month a year earlier x the trend, the last 12
--     training months' revenue over the 12 before them (1 with fewer than 24 training months);
--   seasonal_naive (the baseline): the same month a year earlier, as it was.
-- Needs 12 training months (a seasonal basis for every held-out month); with fewer the view is empty.
-- Built from: bi_revenue_by_month (monthly revenue on a gap-free UTC month spine, months without sales as 0).
CREATE OR REPLACE VIEW bi_forecast_backtest_months AS
WITH series AS (
    SELECT month, revenue
    FROM bi_revenue_by_month
    WHERE month < date_trunc('month', now() AT TIME ZONE 'UTC')::date
),

bounds AS (
    SELECT max(month) AS last_month, (max(month) - INTERVAL '6 months')::date AS last_training_month
    FROM series
),

training AS (
    SELECT
        count(*) AS months,
        sum(CASE WHEN series.month > bounds.last_training_month - INTERVAL '12 months' THEN series.revenue END) AS last_12_months,
        sum(CASE WHEN series.month <= bounds.last_training_month - INTERVAL '12 months'
                  AND series.month > bounds.last_training_month - INTERVAL '24 months' THEN series.revenue END) AS prior_12_months
    FROM series
    CROSS JOIN bounds
    WHERE series.month <= bounds.last_training_month
),

trend AS (
    SELECT months, CASE WHEN months >= 24 AND prior_12_months > 0 THEN last_12_months / prior_12_months ELSE 1 END AS factor
    FROM training
),

held_out AS (
    SELECT series.month, series.revenue AS actual, last_year.revenue AS basis
    FROM series
    CROSS JOIN bounds
    JOIN series AS last_year ON last_year.month = (series.month - INTERVAL '12 months')::date
    WHERE series.month > bounds.last_training_month
)

SELECT
    held_out.month,
    round(held_out.actual, 2)                AS actual_revenue,
    round(held_out.basis * trend.factor, 2)  AS forecast_revenue,
    round(held_out.basis, 2)                 AS baseline_revenue,
    round(trend.factor, 4)                   AS trend_factor,
    trend.months                             AS training_months
FROM held_out
CROSS JOIN trend
WHERE trend.months >= 12;
