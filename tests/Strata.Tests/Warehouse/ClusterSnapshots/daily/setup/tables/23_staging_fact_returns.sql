-- fact_returns: one row per returned line (an Online Retail II cancellation), from PostgreSQL returns_data
-- (contract types), with returned_revenue = quantity * price, the value taken back. Rebuilt whole by every daily
-- load (returns are a few percent of the sales, so no incremental tracking), so no reliance on background merges.
-- Net revenue and return rates (sql/reports/warehouse/returns_by_*.sql) set it against fact_sales.
CREATE OR REPLACE TABLE fact_returns_staging ON CLUSTER `strata`
(
    return_id         Int64,
    return_date       DateTime64(6, 'UTC'),
    product_id        LowCardinality(String),
    customer_id       Int32,
    quantity          Int32,
    price             Decimal(12, 2),
    returned_revenue  Decimal(18, 2),
    cancelled_invoice Nullable(Int64),
    updated_at        DateTime64(6, 'UTC'),
    loaded_at         DateTime64(6, 'UTC')
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
ORDER BY (toDate(return_date), product_id, return_id)
