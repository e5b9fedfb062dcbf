-- Working table, recreated empty at the start of every daily run: customer_data rows as pulled from
-- PostgreSQL (the whole table: dimensions are small), wide and nullable so that contract breaches are
-- quarantined with a reason rather than failing the insert.
CREATE OR REPLACE TABLE daily_landing_customers
(
    customer_id       Nullable(Int64),
    age               Nullable(Int64),
    gender            Nullable(String),
    city              Nullable(String),
    region            Nullable(String),
    country           Nullable(String),
    registration_date Nullable(Date32),
    updated_at        DateTime64(6, 'UTC')
)
ENGINE = MergeTree
ORDER BY (customer_id, updated_at)
SETTINGS allow_nullable_key = 1
