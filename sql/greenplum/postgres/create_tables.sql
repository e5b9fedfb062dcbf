-- Archive tier on plain PostgreSQL (the local stand-in for Greenplum): the historical model (R4.1).
-- Built from: the business contracts; the column lists come from src/Strata/Greenplum/ArchiveTables.cs.
-- historical_sales is immutable history in one declarative range partition per UTC month; the monthly run
-- builds a month in a staging table and swaps it in whole (DETACH/ATTACH in one transaction). The dimensions
-- are SCD type 2. archive_months records which month partitions exist and what each was verified to hold.

CREATE TABLE historical_sales (
{{historical_sales_columns}}
)
PARTITION BY RANGE (sale_date);

CREATE TABLE historical_products (
{{historical_products_columns}},
    PRIMARY KEY (product_id, valid_from)
);

CREATE TABLE historical_customers (
{{historical_customers_columns}},
    PRIMARY KEY (customer_id, valid_from)
);

-- The dimensions as ClickHouse holds them at the run, pushed here before the SCD2 merge.
CREATE TABLE stage_products (
{{product_columns}}
);

CREATE TABLE stage_customers (
{{customer_columns}}
);

CREATE TABLE archive_months (
    month                date          PRIMARY KEY,
    partition_created_at timestamptz   NOT NULL,
    sale_rows            bigint,
    revenue              numeric(18,2),
    archived_at          timestamptz,
    run_id               uuid
);
