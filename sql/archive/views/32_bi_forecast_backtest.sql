-- BI view (issue 12 part 6): how good the forecast is, one row per method over the held-out months of
-- bi_forecast_backtest_months: MAPE (mean absolute percentage error over the months with revenue, percent) and
-- bias (total forecast minus total actual over total actual, percent: above 0 the method forecasts too much). The
-- method's verdict says whether it beats the plain seasonal-naive baseline (a lower MAPE), or says it does not.
CREATE OR REPLACE VIEW bi_forecast_backtest AS
WITH errors AS (
    SELECT 'seasonal_naive_x_trend' AS method, month, actual_revenue AS actual, forecast_revenue AS forecast
    FROM bi_forecast_backtest_months
    UNION ALL
    SELECT 'seasonal_naive', month, actual_revenue, baseline_revenue
    FROM bi_forecast_backtest_months
),

scored AS (
    SELECT
        method,
        min(month)                                                                                     AS first_held_out_month,
        max(month)                                                                                     AS last_held_out_month,
        count(*)                                                                                       AS months,
        round(avg(CASE WHEN actual > 0 THEN abs(actual - forecast) / actual END) * 100, 2)               AS mape_pct,
        CASE WHEN sum(actual) > 0 THEN round((sum(forecast) - sum(actual)) * 100 / sum(actual), 2) END  AS bias_pct
    FROM errors
    GROUP BY method
)

SELECT
    scored.method,
    scored.first_held_out_month,
    scored.last_held_out_month,
    scored.months,
    scored.mape_pct,
    scored.bias_pct,
    CASE
        WHEN scored.method = 'seasonal_naive' THEN 'baseline'
        WHEN scored.mape_pct < baseline.mape_pct THEN 'beats the seasonal-naive baseline'
        ELSE 'does not beat the seasonal-naive baseline'
    END AS verdict
FROM scored
JOIN scored AS baseline ON baseline.method = 'seasonal_naive';
