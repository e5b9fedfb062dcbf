-- summary_category_region: sales per month x product category x customer region, from fact_sales
-- joined to dim_product and dim_customer; the cube behind category-by-region reports.
CREATE OR REPLACE TABLE summary_category_region_staging ON CLUSTER `strata`
(
    month_start Date32,
    category    LowCardinality(String),
    region      LowCardinality(Nullable(String)),
    revenue     Decimal(18, 2),
    units       Int64,
    orders      Int64,
    customers   Int64,
    avg_check   Decimal(18, 2)
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
PARTITION BY toYear(month_start)
ORDER BY (month_start, category)
