-- historical_sales on plain PostgreSQL (the local stand-in for Greenplum): immutable history (R4.1) in one
-- declarative range partition per UTC month; the monthly run builds a month in a staging table and swaps it in
-- whole (DETACH/ATTACH in one transaction). Built from: the business contracts; the column list comes from
-- src/Strata/Archive/ArchiveTables.cs.

CREATE TABLE historical_sales (
{{historical_sales_columns}}
)
PARTITION BY RANGE (sale_date);
