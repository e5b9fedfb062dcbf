-- Working table, recreated empty at the start of every daily run: product_data rows as pulled from
-- PostgreSQL (the whole table: dimensions are small), wide and nullable so that contract breaches are
-- quarantined with a reason rather than failing the insert.
CREATE OR REPLACE TABLE daily_landing_products
(
    product_id Nullable(String),
    name       Nullable(String),
    category   Nullable(String),
    supplier   Nullable(String),
    price      Nullable(Decimal(38, 6)),
    updated_at DateTime64(6, 'UTC')
)
ENGINE = MergeTree
ORDER BY (product_id, updated_at)
SETTINGS allow_nullable_key = 1
