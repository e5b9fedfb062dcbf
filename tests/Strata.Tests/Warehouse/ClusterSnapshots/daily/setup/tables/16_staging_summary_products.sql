-- summary_products: per product over the whole history in fact_sales: units, revenue, distinct buyers and
-- the first and last sale. Rebuilt whole after each load.
CREATE OR REPLACE TABLE summary_products_staging ON CLUSTER `strata`
(
    product_id String,
    name       String,
    category   LowCardinality(String),
    units      Int64,
    revenue    Decimal(18, 2),
    customers  Int64,
    first_sale DateTime64(6, 'UTC'),
    last_sale  DateTime64(6, 'UTC')
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
ORDER BY product_id
