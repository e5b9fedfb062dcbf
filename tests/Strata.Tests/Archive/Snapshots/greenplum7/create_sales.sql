-- historical_sales on Greenplum 7 / Apache Cloudberry: the immutable history (R4.1) laid out for an MPP cluster.
-- Built from: the business contracts; the column list comes from src/Strata/Archive/ArchiveTables.cs.
-- historical_sales is hash-distributed on customer_id (docs/archive.md explains the choice) and range-partitioned
-- by UTC month. Greenplum 7 lets a partitioned table start with no partitions (the modern syntax), so each month's
-- partition is created when that month is first archived, as an append-optimised column-oriented zstd table
-- (see add_partition.sql).

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
