-- Working table, recreated empty at the start of every daily run: sales_data rows exactly as the extract
-- pulled them from PostgreSQL, before any check. The types are wide and nullable on purpose, so that a row
-- breaking the contract still lands and is quarantined with its reason, instead of failing the whole insert
-- or being coerced to a default value. Sorted by key alone (a narrow sort on insert): the rare keys landed
-- more than once are found by an aggregation that streams in that order (transform/duplicate_keys.sql),
-- without a hash of every key.
CREATE OR REPLACE TABLE daily_landing_sales
(
    sale_id     Nullable(Int64),
    sale_date   Nullable(DateTime64(6, 'UTC')),
    product_id  Nullable(String),
    customer_id Nullable(Int64),
    quantity    Nullable(Int64),
    price       Nullable(Decimal(38, 6)),
    updated_at  DateTime64(6, 'UTC')
)
ENGINE = MergeTree
ORDER BY sale_id
SETTINGS allow_nullable_key = 1
