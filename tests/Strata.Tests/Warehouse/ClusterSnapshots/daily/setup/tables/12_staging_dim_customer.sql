-- dim_customer: one row per customer, from PostgreSQL customer_data (contract types), plus age_band for
-- demographic reports ('14-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+', 'unknown' when age is null).
CREATE OR REPLACE TABLE dim_customer_staging ON CLUSTER `strata`
(
    customer_id       Int32,
    age               Nullable(Int16),
    age_band          LowCardinality(String),
    gender            LowCardinality(Nullable(String)),
    city              LowCardinality(Nullable(String)),
    region            LowCardinality(Nullable(String)),
    country           LowCardinality(Nullable(String)),
    registration_date Date32,
    updated_at        DateTime64(6, 'UTC'),
    loaded_at         DateTime64(6, 'UTC')
)
ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{replica}')
ORDER BY customer_id
