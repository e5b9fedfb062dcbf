-- Historical report (R8.3): the revenue forecast for the next six months (method in bi_sales_forecast:
-- seasonal naive x trend). Built from: bi_sales_forecast.
SELECT month, months_ahead, method, basis_revenue, trend_factor, forecast_revenue
FROM bi_sales_forecast
ORDER BY month;
