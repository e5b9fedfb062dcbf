-- Archive tier on Greenplum 6: the historical model (R4.1) laid out for an MPP cluster.
-- Built from: the business contracts; the column lists come from src/Strata/Greenplum/ArchiveTables.cs.
-- historical_sales: append-optimised, column-oriented, zstd (history is written once per month and read by
-- column scans), hash-distributed on customer_id so customer-level analytics and joins to historical_customers
-- run on each segment without moving rows (docs/archive.md explains the choice), and range-partitioned by UTC
-- month with the classic syntax. Greenplum 6 needs at least one partition at creation: the run that creates
-- the table makes one per month of its range with START/END/EVERY, and adds later months one by one.
-- The dimensions are SCD type 2 heap tables (they take UPDATEs), distributed on their business key.

CREATE TABLE historical_sales (
    sale_id     bigint                   NOT NULL,
    sale_date   timestamp with time zone NOT NULL,
    product_id  text                     NOT NULL,
    customer_id integer                  NOT NULL,
    quantity    integer                  NOT NULL,
    price       numeric(12,2)            NOT NULL,
    revenue     numeric(18,2)            NOT NULL,
    archived_at timestamp with time zone NOT NULL
)
WITH (appendoptimized=true, orientation=column, compresstype=zstd, compresslevel=5)
DISTRIBUTED BY (customer_id)
PARTITION BY RANGE (sale_date)
(
    START ('2024-01-01 00:00:00+00') INCLUSIVE
    END ('2024-04-01 00:00:00+00') EXCLUSIVE
    EVERY (INTERVAL '1 month')
);

CREATE TABLE historical_products (
    product_id text                     NOT NULL,
    name       text                     NOT NULL,
    category   text                     NOT NULL,
    supplier   text,
    price      numeric(12,2)            NOT NULL,
    valid_from timestamp with time zone NOT NULL,
    valid_to   timestamp with time zone NOT NULL,
    is_current boolean                  NOT NULL,
    PRIMARY KEY (product_id, valid_from)
)
DISTRIBUTED BY (product_id);

CREATE TABLE historical_customers (
    customer_id       integer                  NOT NULL,
    age               smallint,
    gender            text,
    city              text,
    region            text,
    country           text,
    registration_date date                     NOT NULL,
    valid_from        timestamp with time zone NOT NULL,
    valid_to          timestamp with time zone NOT NULL,
    is_current        boolean                  NOT NULL,
    PRIMARY KEY (customer_id, valid_from)
)
DISTRIBUTED BY (customer_id);

-- The dimensions as ClickHouse holds them at the run, pushed here before the SCD2 merge.
CREATE TABLE stage_products (
    product_id text          NOT NULL,
    name       text          NOT NULL,
    category   text          NOT NULL,
    supplier   text,
    price      numeric(12,2) NOT NULL
)
DISTRIBUTED BY (product_id);

CREATE TABLE stage_customers (
    customer_id       integer  NOT NULL,
    age               smallint,
    gender            text,
    city              text,
    region            text,
    country           text,
    registration_date date     NOT NULL
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
FROM generate_series('2024-01-01 00:00:00+00'::timestamp, '2024-04-01 00:00:00+00'::timestamp - INTERVAL '1 month', INTERVAL '1 month') AS month_start;
