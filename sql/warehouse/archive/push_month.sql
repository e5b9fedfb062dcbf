-- Pushes one month of fact_sales into the archive's staging table: ClickHouse writes to PostgreSQL/Greenplum
-- itself through the postgresql() table function, which streams the rows with COPY, so the month never passes
-- through .NET memory. The connection comes in as query parameters (the password never enters SQL text).
-- session_timezone = 'UTC': DateTime64 values travel as wall-clock text without an offset, and the archive
-- database's sessions read them in UTC (ArchiveTimeZone pins it), so both ends must agree on UTC.
INSERT INTO FUNCTION postgresql({pg_address:String}, {pg_database:String}, {staging_table:String}, {pg_user:String}, {pg_password:String})
    (sale_id, sale_date, product_id, customer_id, quantity, price, revenue, archived_at)
WITH month_sales AS (
    SELECT sale_id, sale_date, product_id, customer_id, quantity, price, revenue
    FROM fact_sales
    WHERE sale_date >= {month_start:DateTime64(6, 'UTC')} AND sale_date < {month_end:DateTime64(6, 'UTC')}
)

SELECT sale_id, sale_date, product_id, customer_id, quantity, price, revenue, {archived_at:DateTime64(6, 'UTC')}
FROM month_sales
SETTINGS session_timezone = 'UTC'
