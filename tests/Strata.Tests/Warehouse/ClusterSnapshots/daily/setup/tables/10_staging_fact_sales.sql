-- fact_sales: one row per sale line, the grain of the star schema (R3.2). Built by the daily load from
-- PostgreSQL sales_data (cleaned, deduplicated); columns keep the source's names and contract types
-- (src/Strata/Contracts, ClickHouseTypes) and add revenue = quantity * price.
-- Partitioned by month so a load swaps whole months in atomically (ALTER TABLE ... REPLACE PARTITION);
-- ordered by day, product and customer, the filters reports use most. sale_id_range (each granule's smallest
-- and largest sale_id) lets a nightly run find the stored versions of the sales that changed without reading
-- every sale_id of the history: ids grow with time, so the latest sales sit in the latest granules.
CREATE OR REPLACE TABLE fact_sales_staging_local ON CLUSTER `strata`
(
    sale_id     Int64,
    sale_date   DateTime64(6, 'UTC'),
    product_id  LowCardinality(String),
    customer_id Int32,
    quantity    Int32,
    price       Decimal(12, 2),
    revenue     Decimal(18, 2),
    -- when the source row last changed (the extraction watermark), and when this load wrote it
    updated_at  DateTime64(6, 'UTC'),
    loaded_at   DateTime64(6, 'UTC'),
    INDEX sale_id_range sale_id TYPE minmax GRANULARITY 1
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/{shard}', '{replica}')
PARTITION BY toYYYYMM(sale_date)
ORDER BY (toDate(sale_date), product_id, customer_id, sale_id)
