-- The archive's dimensions and bookkeeping on Greenplum 6 and 7: historical_products and historical_customers
-- (SCD type 2 heap tables, since the merge UPDATEs them, distributed on their business key so the join from
-- historical_sales on customer_id stays on each segment), the stage tables ClickHouse pushes the current
-- dimensions into, and archive_months (which month partitions exist and what each was verified to hold).
-- Built from: the business contracts (column lists from src/Strata/Archive/ArchiveTables.cs). Created before
-- historical_sales.

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
