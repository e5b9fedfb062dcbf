-- Historical report (issue 12 part 6): the forecast's backtest, the last 6 complete months held out and forecast
-- from the rest: MAPE and bias of seasonal naive x trend (bi_sales_forecast's method) next to the plain
-- seasonal-naive baseline, and whether the method beats it. Built from: bi_forecast_backtest.
SELECT method, first_held_out_month, last_held_out_month, months, mape_pct, bias_pct, verdict
FROM bi_forecast_backtest
ORDER BY method = 'seasonal_naive', method;
