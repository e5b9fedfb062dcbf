-- historical_sales on plain PostgreSQL (the local stand-in for Greenplum): immutable history (R4.1) in one
-- declarative range partition per UTC month; the monthly run builds a month in a staging table and swaps it in
-- whole (DETACH/ATTACH in one transaction). Built from: the business contracts; the column list comes from
-- src/Strata/Archive/ArchiveTables.cs.

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
PARTITION BY RANGE (sale_date);
