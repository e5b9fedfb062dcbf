-- The archive's dimensions and bookkeeping on Greenplum 6 and 7: historical_products and historical_customers
-- (SCD type 2 heap tables, since the merge UPDATEs them, distributed on their business key so the join from
-- historical_sales on customer_id stays on each segment), the stage tables ClickHouse pushes the current
-- dimensions into, and archive_months (which month partitions exist and what each was verified to hold).
-- Built from: the business contracts (column lists from src/Strata/Archive/ArchiveTables.cs). Created before
-- historical_sales. Each version table's validity CHECK (add_validity_check.sql, the same on every dialect) follows
-- these statements.

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
