-- daily_changed_sales: the key and UTC day of every sale PostgreSQL changed at or after {since}, the last
-- successful run's watermark minus the overlap. ClickHouse pulls it itself; the updated_at condition is
-- pushed down to PostgreSQL, where sales_data_updated_at_idx answers it.
INSERT INTO daily_changed_sales (sale_id, sale_day)
WITH
changed AS (
    SELECT sale_id, sale_date
    FROM postgresql({pg_address:String}, {pg_database:String}, 'sales_data', {pg_user:String}, {pg_password:String})
    WHERE updated_at >= {since:DateTime64(6, 'UTC')}
)

SELECT sale_id, toDate32(sale_date, 'UTC') AS sale_day
FROM changed
WHERE sale_id IS NOT NULL AND sale_date IS NOT NULL
