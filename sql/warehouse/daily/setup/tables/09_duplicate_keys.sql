-- Working table, recreated empty at the start of every daily run: the sale_ids landed more than once (two
-- versions of a sale pulled by two range reads while it moved between days, or a source without a primary
-- key). Filled only when the landing holds more rows than distinct keys (transform/surplus_rows.sql), so a
-- clean extract pays no dedupe; transform/sales.sql keeps the latest version of each of these keys.
CREATE OR REPLACE TABLE daily_duplicate_keys
(
    sale_id Int64
)
ENGINE = MergeTree
ORDER BY sale_id
