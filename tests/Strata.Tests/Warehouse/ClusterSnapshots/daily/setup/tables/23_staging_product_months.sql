-- product_months: fact_sales per calendar month (UTC) x product: units, revenue, the month's buyers as a
-- groupBitmap state, the first and last sale. summary_products merges it (months x products rows) instead of
-- scanning every fact. Kept between runs and partitioned by month like fact_sales, so a daily run recomputes only
-- the months holding a day it rebuilt. A month, not a day: a bitmap per day and product cost four times the
-- aggregation (measured: 2.6 s against 0.6 s over 2M facts).
CREATE OR REPLACE TABLE product_months_staging ON CLUSTER `strata`
(
    month_start Date,
    product_id  LowCardinality(String),
    units       Int64,
    revenue     Decimal(38, 2),
    customers   AggregateFunction(groupBitmap, UInt32),
    first_sale  DateTime64(6, 'UTC'),
    last_sale   DateTime64(6, 'UTC')
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
PARTITION BY toYYYYMM(month_start)
ORDER BY (month_start, product_id)
