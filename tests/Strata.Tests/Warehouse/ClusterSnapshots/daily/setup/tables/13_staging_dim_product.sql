-- dim_product: one row per product, from PostgreSQL product_data (contract types), current version only.
-- Rebuilt whole by the load (small), so no reliance on background merges.
CREATE OR REPLACE TABLE dim_product_staging ON CLUSTER `strata`
(
    product_id String,
    name       String,
    category   LowCardinality(String),
    supplier   LowCardinality(Nullable(String)),
    price      Decimal(12, 2),
    updated_at DateTime64(6, 'UTC'),
    loaded_at  DateTime64(6, 'UTC')
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
ORDER BY product_id
