-- The archive's dimensions and bookkeeping on plain PostgreSQL: historical_products and historical_customers
-- (SCD type 2), the stage tables ClickHouse pushes the current dimensions into, and archive_months (which month
-- partitions exist and what each was verified to hold). Built from: the business contracts (column lists from
-- src/Strata/Archive/ArchiveTables.cs). Created before historical_sales. Each version table's validity CHECK
-- (add_validity_check.sql, the same on every dialect) follows these statements.

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
);

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
);

-- The dimensions as ClickHouse holds them at the run, pushed here before the SCD2 merge.
CREATE TABLE stage_products (
    product_id text          NOT NULL,
    name       text          NOT NULL,
    category   text          NOT NULL,
    supplier   text,
    price      numeric(12,2) NOT NULL
);

CREATE TABLE stage_customers (
    customer_id       integer  NOT NULL,
    age               smallint,
    gender            text,
    city              text,
    region            text,
    country           text,
    registration_date date     NOT NULL
);

CREATE TABLE archive_months (
    month                date          PRIMARY KEY,
    partition_created_at timestamptz   NOT NULL,
    sale_rows            bigint,
    revenue              numeric(18,2),
    archived_at          timestamptz,
    run_id               uuid
);

-- The validity rule (validity_rule.sql) as a CHECK on historical_products: created with the table, and added by prepare to
-- an archive made before the rule once validity_violations.sql finds no version there breaking it.
ALTER TABLE historical_products ADD CONSTRAINT historical_products_validity_at_utc_month_starts CHECK (
    date_trunc('month', valid_from AT TIME ZONE 'UTC') = valid_from AT TIME ZONE 'UTC'
    AND date_trunc('month', valid_to AT TIME ZONE 'UTC') = valid_to AT TIME ZONE 'UTC'
);

-- The validity rule (validity_rule.sql) as a CHECK on historical_customers: created with the table, and added by prepare to
-- an archive made before the rule once validity_violations.sql finds no version there breaking it.
ALTER TABLE historical_customers ADD CONSTRAINT historical_customers_validity_at_utc_month_starts CHECK (
    date_trunc('month', valid_from AT TIME ZONE 'UTC') = valid_from AT TIME ZONE 'UTC'
    AND date_trunc('month', valid_to AT TIME ZONE 'UTC') = valid_to AT TIME ZONE 'UTC'
);
