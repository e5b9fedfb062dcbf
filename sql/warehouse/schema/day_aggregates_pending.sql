-- day_aggregates_pending: days whose rows in the day aggregates (sales_cube, product_days, customer_days) may
-- no longer match fact_sales. A daily run writes its affected days here before it swaps fact_sales, and clears the
-- table once every aggregate holds those days again, so a run that crashed in between leaves them here and the next
-- run recomputes them too, whichever days it was asked for.
CREATE TABLE IF NOT EXISTS day_aggregates_pending
(
    sale_day Date32
)
ENGINE = MergeTree
ORDER BY sale_day
