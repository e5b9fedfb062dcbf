-- daily_aggregated_days, when the dimensions the aggregates group by changed (or the warehouse is new): every day
-- fact_sales or sales_cube holds, and any day pending, so each aggregate is rebuilt whole and a day that lost all
-- its sales leaves them (product_months and customer_months recompute every month holding one of these days).
INSERT INTO daily_aggregated_days (sale_day)
WITH
every_day AS (
    SELECT toDate32(sale_date, 'UTC') AS sale_day FROM fact_sales
    UNION ALL SELECT sale_day FROM sales_cube
    UNION ALL SELECT sale_day FROM aggregates_pending_days
)

SELECT DISTINCT sale_day FROM every_day
