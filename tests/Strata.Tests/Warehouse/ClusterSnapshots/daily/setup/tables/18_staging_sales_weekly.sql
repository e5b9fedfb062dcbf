-- sales_weekly: sales totals per ISO week (Monday start, UTC), from fact_sales.
CREATE OR REPLACE TABLE sales_weekly_staging ON CLUSTER `strata`
(
    week_start Date32,
    revenue    Decimal(18, 2),
    units      Int64,
    orders     Int64,
    customers  Int64,
    avg_check  Decimal(18, 2)
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
ORDER BY week_start
