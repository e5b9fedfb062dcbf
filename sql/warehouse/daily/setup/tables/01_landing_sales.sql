-- Working table, recreated empty at the start of every daily run: sales_data rows exactly as the extract
-- pulled them from PostgreSQL, before any check. Nullable on purpose, so that a row breaking the contract
-- still lands and is quarantined with its reason instead of failing the whole insert or being coerced to a
-- default value. Typed as the raw tier declares its columns (bigint, timestamptz, text, integer, integer,
-- numeric(12, 2): sql/raw/migrations), so every value PostgreSQL can hold lands unchanged, and the
-- ten million rows of a history are parsed, checked and written in machine-word types (wide Int64 and
-- Decimal(38, 6) columns made the extract and the transform about 5% slower). Sorted by key alone (a narrow
-- sort on insert): the rare keys landed more than once are found by an aggregation that streams in that
-- order (transform/duplicate_keys.sql), without a hash of every key.
CREATE OR REPLACE TABLE daily_landing_sales
(
    sale_id     Nullable(Int64),
    sale_date   Nullable(DateTime64(6, 'UTC')),
    product_id  Nullable(String),
    customer_id Nullable(Int32),
    quantity    Nullable(Int32),
    price       Nullable(Decimal(12, 2)),
    updated_at  DateTime64(6, 'UTC')
)
ENGINE = MergeTree
ORDER BY sale_id
SETTINGS allow_nullable_key = 1
