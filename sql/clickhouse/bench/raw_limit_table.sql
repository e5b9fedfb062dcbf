-- The benchmark's yardstick: a bare MergeTree with sales_data's columns as PostgreSQL types them, no sort
-- key, no checks. Recreated empty for every measurement.
CREATE OR REPLACE TABLE bench_raw_limit
(
    sale_id     Int64,
    sale_date   DateTime64(6, 'UTC'),
    product_id  String,
    customer_id Int32,
    quantity    Int32,
    price       Decimal(12, 2),
    updated_at  DateTime64(6, 'UTC')
)
ENGINE = MergeTree
ORDER BY tuple()
