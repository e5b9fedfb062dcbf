-- Working table, recreated empty at the start of every daily run: the key and UTC day of every sale
-- PostgreSQL changed since the last successful run's watermark (minus the overlap). Their days, and the
-- days their previous versions occupy in fact_sales, are reloaded whole.
CREATE OR REPLACE TABLE daily_changed_sales
(
    sale_id  Int64,
    sale_day Date32
)
ENGINE = MergeTree
ORDER BY sale_id
