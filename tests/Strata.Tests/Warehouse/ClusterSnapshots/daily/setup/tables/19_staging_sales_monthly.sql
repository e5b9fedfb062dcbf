-- sales_monthly: sales totals per calendar month (UTC), from fact_sales.
CREATE OR REPLACE TABLE sales_monthly_staging ON CLUSTER `strata`
(
    month_start Date32,
    revenue     Decimal(18, 2),
    units       Int64,
    orders      Int64,
    customers   Int64,
    avg_check   Decimal(18, 2)
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
ORDER BY month_start
