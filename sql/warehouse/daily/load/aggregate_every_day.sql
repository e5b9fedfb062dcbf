-- daily_aggregated_days, when the dimensions the aggregates group by changed (or the warehouse is new): every day
-- fact_sales or a day aggregate holds, and any day pending, so each day aggregate is rebuilt whole and a day that
-- lost all its sales leaves them.
INSERT INTO daily_aggregated_days (sale_day)
WITH
every_day AS (
    SELECT toDate32(sale_date, 'UTC') AS sale_day FROM fact_sales
    UNION ALL SELECT sale_day FROM sales_cube
    UNION ALL SELECT sale_day FROM product_days
    UNION ALL SELECT sale_day FROM customer_days
    UNION ALL SELECT sale_day FROM day_aggregates_pending
)

SELECT DISTINCT sale_day FROM every_day
