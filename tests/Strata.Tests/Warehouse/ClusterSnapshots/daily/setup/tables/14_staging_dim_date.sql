-- dim_date: one row per calendar day the sales cover (UTC days), for grouping by week, month, quarter
-- and weekday without date arithmetic in every report. ISO weeks start on Monday.
CREATE OR REPLACE TABLE dim_date_staging ON CLUSTER `strata`
(
    date         Date32,
    year         Int16,
    quarter      Int8,
    month        Int8,
    month_name   LowCardinality(String),
    day_of_month Int8,
    day_of_week  Int8,
    day_name     LowCardinality(String),
    is_weekend   Bool,
    iso_year     Int16,
    iso_week     Int8,
    week_start   Date32,
    month_start  Date32
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
ORDER BY date
