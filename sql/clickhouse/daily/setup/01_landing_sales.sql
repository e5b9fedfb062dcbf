-- Working table, recreated empty at the start of every daily run: sales_data rows exactly as the extract
-- pulled them from PostgreSQL, before any check. The types are wide and nullable on purpose, so that a row
-- breaking the contract still lands and is quarantined with its reason, instead of failing the whole insert
-- or being coerced to a default value. Sorted by key, newest version first (then by the other columns, so
-- ties are broken deterministically): the dedupe in transform/sales.sql reads it in that order and keeps
-- the first row per key as it streams, without sorting the extract in memory.
CREATE OR REPLACE TABLE daily_landing_sales
(
    sale_id      Nullable(Int64),
    sale_date    Nullable(DateTime64(6, 'UTC')),
    product_id   Nullable(String),
    customer_id  Nullable(Int64),
    quantity     Nullable(Int64),
    price        Nullable(Decimal(38, 6)),
    updated_at   DateTime64(6, 'UTC'),
    newest_first Int64 DEFAULT -toUnixTimestamp64Micro(updated_at)
)
ENGINE = MergeTree
ORDER BY (sale_id, newest_first, sale_date, product_id, customer_id, quantity, price)
SETTINGS allow_nullable_key = 1
