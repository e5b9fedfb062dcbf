-- Working table, recreated empty at the start of every daily run: fact_sales joined to the dimensions once
-- and aggregated per UTC day x product category x customer region (load/sales_cube.sql), with each group's
-- customers kept as a bitmap state. summary_sales, summary_category_region, sales_weekly and sales_monthly
-- are all merged from it (days x categories x regions rows), instead of each rescanning the facts.
CREATE OR REPLACE TABLE daily_sales_cube
(
    sale_day  Date,
    category  LowCardinality(String),
    region    LowCardinality(Nullable(String)),
    revenue   Decimal(38, 2),
    units     Int64,
    orders    UInt64,
    customers AggregateFunction(groupBitmap, UInt32)
)
ENGINE = MergeTree
ORDER BY (sale_day, category)
