-- fact_sales.product_id became LowCardinality(String) (it refers to a dimension: few distinct values, grouped
-- and looked up by every summary). A warehouse created before keeps String until this runs; on one created
-- after, the column already has the type and nothing happens. Waits for the column's rewrite to finish.
ALTER TABLE fact_sales MODIFY COLUMN product_id LowCardinality(String)
SETTINGS mutations_sync = 2
