-- sales_cube: fact_sales joined to the dimensions once and aggregated per UTC day x product category x customer
-- region (NULL when the customer has none): revenue, units, orders (sale lines) and the group's customers as a
-- groupBitmap state, which summary_sales, summary_category_region, sales_weekly and sales_monthly merge exactly
-- (distinct customers do not add up). Kept between runs and partitioned by month like fact_sales, so a daily run
-- recomputes only the days it rebuilt (every day when a product's category or a customer's region changed).
CREATE OR REPLACE TABLE sales_cube_staging ON CLUSTER `strata`
(
    sale_day  Date,
    category  LowCardinality(String),
    region    LowCardinality(Nullable(String)),
    revenue   Decimal(38, 2),
    units     Int64,
    orders    UInt64,
    customers AggregateFunction(groupBitmap, UInt32)
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
PARTITION BY toYYYYMM(sale_day)
ORDER BY (sale_day, category)
