-- Archive tier on Greenplum 7 / Apache Cloudberry: the historical model (R4.1) laid out for an MPP cluster.
-- Built from: the business contracts; the column lists come from src/Strata/Greenplum/ArchiveTables.cs.
-- historical_sales is hash-distributed on customer_id (docs/archive.md explains the choice) and range-partitioned
-- by UTC month. Greenplum 7 lets a partitioned table start with no partitions (the modern syntax), so each month's
-- partition is created when that month is first archived, as an append-optimised column-oriented zstd table
-- (see add_partition.sql). The dimensions are SCD type 2 heap tables, distributed on their business key.

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
PARTITION BY RANGE (sale_date)
DISTRIBUTED BY (customer_id);

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
