-- aggregates_pending_days: days whose rows in the sales aggregates (sales_cube, and the months holding them in
-- product_months and customer_months) may no longer match fact_sales. A daily run writes its affected days here
-- before it swaps fact_sales, and clears the table once every aggregate holds those days again, so a run that
-- crashed in between leaves them here and the next run recomputes them too, whichever days it was asked for.
CREATE TABLE IF NOT EXISTS aggregates_pending_days ON CLUSTER `strata`
(
    sale_day Date32
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
ORDER BY sale_day
