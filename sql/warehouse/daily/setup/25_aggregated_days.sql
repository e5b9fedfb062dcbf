-- Working table, recreated empty at the start of every daily run: the UTC days whose rows in the day aggregates
-- (sales_cube, product_days, customer_days) this run recomputes from fact_sales: its affected days and any day a
-- crashed run left pending, or every day fact_sales holds when the dimensions the aggregates group by changed.
CREATE OR REPLACE TABLE daily_aggregated_days
(
    sale_day Date32
)
ENGINE = MergeTree
ORDER BY sale_day
