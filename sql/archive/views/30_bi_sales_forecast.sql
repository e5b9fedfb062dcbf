-- BI view (R8.4, R8.3): revenue forecast for the six months after the last archived month.
-- Built from: bi_revenue_by_month (monthly revenue on a gap-free UTC month spine, months without sales as 0).
-- Method: seasonal naive x trend. A month's forecast is the revenue of the same month one year earlier, scaled
-- by the trend: the last 12 months' revenue over the 12 months before them. Retail revenue is dominated by a
-- yearly cycle (the same month last year is the best single predictor) and drifts slowly (the trend factor);
-- this needs no fitted parameters, so it is reproducible in plain SQL on every dialect and easy to check.
-- With less than 24 months of history the trend is 1; with less than 12 months there is no seasonal basis and
-- the forecast is the mean month.
CREATE OR REPLACE VIEW bi_sales_forecast AS
WITH series AS (
    SELECT month, revenue
    FROM bi_revenue_by_month
),

bounds AS (
    SELECT min(month) AS first_month, max(month) AS last_month
    FROM series
),

history AS (
    SELECT
        count(*)                                                                         AS months,
        avg(series.revenue)                                                              AS mean_revenue,
        sum(CASE WHEN series.month > bounds.last_month - INTERVAL '12 months' THEN series.revenue END) AS last_12_months,
        sum(CASE WHEN series.month <= bounds.last_month - INTERVAL '12 months'
                  AND series.month > bounds.last_month - INTERVAL '24 months' THEN series.revenue END) AS prior_12_months
    FROM series
    CROSS JOIN bounds
),

trend AS (
    SELECT
        months,
        mean_revenue,
        CASE WHEN months >= 24 AND prior_12_months > 0 THEN last_12_months / prior_12_months ELSE 1 END AS factor
    FROM history
),

horizon AS (
    SELECT ahead, (bounds.last_month + ahead * INTERVAL '1 month')::date AS month
    FROM bounds
    CROSS JOIN generate_series(1, 6) AS ahead
    WHERE bounds.last_month IS NOT NULL
),

forecast AS (
    SELECT
        horizon.month,
        horizon.ahead,
        trend.months,
        trend.factor,
        CASE WHEN trend.months >= 12 THEN last_year.revenue ELSE trend.mean_revenue END AS basis
    FROM horizon
    CROSS JOIN trend
    LEFT JOIN series AS last_year ON last_year.month = (horizon.month - INTERVAL '12 months')::date
)

SELECT
    month,
    ahead                                                                     AS months_ahead,
    CASE WHEN months >= 12 THEN 'seasonal_naive_x_trend' ELSE 'mean' END      AS method,
    round(basis, 2)                                                           AS basis_revenue,
    round(factor, 4)                                                          AS trend_factor,
    round(basis * factor, 2)                                                  AS forecast_revenue
FROM forecast;
