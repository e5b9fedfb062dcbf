-- summary_customers: per customer over the whole history in fact_sales: orders (sale lines), units,
-- revenue, first and last purchase, avg_check = revenue / orders. Rebuilt whole after each load.
CREATE OR REPLACE TABLE summary_customers_staging ON CLUSTER `strata`
(
    customer_id    Int32,
    orders         Int64,
    units          Int64,
    revenue        Decimal(18, 2),
    first_purchase DateTime64(6, 'UTC'),
    last_purchase  DateTime64(6, 'UTC'),
    avg_check      Decimal(18, 2)
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
ORDER BY customer_id
