-- The raw limit's target: a bare MergeTree table with the columns the daily extract pulls from sales_data,
-- typed as PostgreSQL declares them (NOT NULL columns are not Nullable). No sort key (ORDER BY tuple()), no
-- partitions, no checks: the cheapest place ClickHouse can put the rows, so filling it measures how fast
-- PostgreSQL -> ClickHouse can move sales on this machine at all. Recreated empty before every measurement.
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
