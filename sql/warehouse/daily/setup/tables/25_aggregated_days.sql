-- Working table, recreated empty at the start of every daily run: the UTC days whose rows in the sales aggregates
-- this run recomputes from fact_sales (in sales_cube; their whole months in product_months and customer_months):
-- its affected days and any day a crashed run left pending, or every day fact_sales holds when the dimensions the
-- aggregates group by changed.
CREATE OR REPLACE TABLE daily_aggregated_days
(
    sale_day Date32
)
ENGINE = MergeTree
ORDER BY sale_day
