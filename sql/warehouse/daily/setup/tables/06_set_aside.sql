-- Working table, recreated empty at the start of every daily run: per UTC day, the valid extracted rows
-- the dedupe dropped as older versions of a key. The reconciliation adds them back to fact_sales's figures
-- to match PostgreSQL, which still holds those rows.
CREATE OR REPLACE TABLE daily_set_aside
(
    sale_day Date32,
    rows     UInt64,
    units    Int64,
    revenue  Decimal(38, 6)
)
ENGINE = MergeTree
ORDER BY sale_day
