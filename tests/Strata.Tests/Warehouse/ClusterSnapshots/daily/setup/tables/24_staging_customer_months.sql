-- customer_months: fact_sales per calendar month (UTC) x customer: orders (sale lines), units, revenue, the first
-- and last purchase. summary_customers merges it instead of scanning every fact. Kept between runs and
-- partitioned by month like fact_sales, so a daily run recomputes only the months holding a day it rebuilt.
CREATE OR REPLACE TABLE customer_months_staging ON CLUSTER `strata`
(
    month_start    Date,
    customer_id    Int32,
    orders         UInt64,
    units          Int64,
    revenue        Decimal(38, 2),
    first_purchase DateTime64(6, 'UTC'),
    last_purchase  DateTime64(6, 'UTC')
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
PARTITION BY toYYYYMM(month_start)
ORDER BY (month_start, customer_id)
