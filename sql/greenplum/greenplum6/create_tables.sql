-- Archive tier on Greenplum 6: the historical model (R4.1) laid out for an MPP cluster.
-- Built from: the business contracts; the column lists come from src/Strata/Greenplum/ArchiveTables.cs.
-- historical_sales: append-optimised, column-oriented, zstd (history is written once per month and read by
-- column scans), hash-distributed on customer_id so customer-level analytics and joins to historical_customers
-- run on each segment without moving rows (docs/archive.md explains the choice), and range-partitioned by UTC
-- month with the classic syntax. Greenplum 6 needs at least one partition at creation: the run that creates
-- the table makes one per month of its range with START/END/EVERY, and adds later months one by one.
-- The dimensions are SCD type 2 heap tables (they take UPDATEs), distributed on their business key.

CREATE TABLE historical_sales (
{{historical_sales_columns}}
)
WITH (appendoptimized=true, orientation=column, compresstype=zstd, compresslevel=5)
DISTRIBUTED BY (customer_id)
PARTITION BY RANGE (sale_date)
(
    START ({{range_start}}) INCLUSIVE
    END ({{range_end}}) EXCLUSIVE
    EVERY (INTERVAL '1 month')
);

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

-- The partitions EVERY just made (the session runs in UTC, so each month starts at 00:00 UTC).
INSERT INTO archive_months (month, partition_created_at)
SELECT month_start::date, now()
FROM generate_series({{range_start}}::timestamp, {{range_end}}::timestamp - INTERVAL '1 month', INTERVAL '1 month') AS month_start;
