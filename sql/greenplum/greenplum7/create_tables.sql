-- Archive tier on Greenplum 7 / Apache Cloudberry: the historical model (R4.1) laid out for an MPP cluster.
-- Built from: the business contracts; the column lists come from src/Strata/Greenplum/ArchiveTables.cs.
-- historical_sales is hash-distributed on customer_id (docs/archive.md explains the choice) and range-partitioned
-- by UTC month. Greenplum 7 lets a partitioned table start with no partitions (the modern syntax), so each month's
-- partition is created when that month is first archived, as an append-optimised column-oriented zstd table
-- (see add_partition.sql). The dimensions are SCD type 2 heap tables, distributed on their business key.

CREATE TABLE historical_sales (
{{historical_sales_columns}}
)
PARTITION BY RANGE (sale_date)
DISTRIBUTED BY (customer_id);

CREATE TABLE historical_products (
{{historical_products_columns}},
    PRIMARY KEY (product_id, valid_from)
)
DISTRIBUTED BY (product_id);

CREATE TABLE historical_customers (
{{historical_customers_columns}},
    PRIMARY KEY (customer_id, valid_from)
)
DISTRIBUTED BY (customer_id);

-- The dimensions as ClickHouse holds them at the run, pushed here before the SCD2 merge.
CREATE TABLE stage_products (
{{product_columns}}
)
DISTRIBUTED BY (product_id);

CREATE TABLE stage_customers (
{{customer_columns}}
)
DISTRIBUTED BY (customer_id);

CREATE TABLE archive_months (
    month                date          PRIMARY KEY,
    partition_created_at timestamptz   NOT NULL,
    sale_rows            bigint,
    revenue              numeric(18,2),
    archived_at          timestamptz,
    run_id               uuid
)
DISTRIBUTED BY (month);
