-- historical_sales on Greenplum 6: the immutable history (R4.1) laid out for an MPP cluster.
-- Built from: the business contracts; the column list comes from src/Strata/Archive/ArchiveTables.cs.
-- historical_sales: append-optimised, column-oriented, zstd (history is written once per month and read by
-- column scans), hash-distributed on customer_id so customer-level analytics and joins to historical_customers
-- run on each segment without moving rows (docs/archive.md explains the choice), and range-partitioned by UTC
-- month with the classic syntax. Greenplum 6 needs at least one partition at creation: the run that creates
-- the table makes one per month of its range with START/END/EVERY, and adds later months one by one.

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

-- The partitions EVERY just made (the session runs in UTC, so each month starts at 00:00 UTC).
INSERT INTO archive_months (month, partition_created_at)
SELECT month_start::date, now()
FROM generate_series('2024-01-01 00:00:00+00'::timestamp, '2024-04-01 00:00:00+00'::timestamp - INTERVAL '1 month', INTERVAL '1 month') AS month_start;
