-- summary_sales: daily sales per product category and customer region, from fact_sales joined to
-- dim_product and dim_customer. orders = sale lines, customers = distinct buyers, avg_check = revenue / orders.
-- Partitioned by month like fact_sales, so the load rebuilds the affected months and swaps them in.
CREATE OR REPLACE TABLE summary_sales_staging ON CLUSTER `strata`
(
    sale_date Date32,
    category  LowCardinality(String),
    region    LowCardinality(Nullable(String)),
    revenue   Decimal(18, 2),
    units     Int64,
    orders    Int64,
    customers Int64,
    avg_check Decimal(18, 2)
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
PARTITION BY toYYYYMM(sale_date)
ORDER BY (sale_date, category)
