-- The raw limit: ClickHouse pulling every sales_data row from PostgreSQL with postgresql() and writing it
-- as it is. Nothing the daily load does can be faster than this; the benchmark reports the ratio.
INSERT INTO bench_raw_limit (sale_id, sale_date, product_id, customer_id, quantity, price, updated_at)
SELECT sale_id, sale_date, product_id, customer_id, quantity, price, updated_at
FROM postgresql({pg_address:String}, {pg_database:String}, 'sales_data', {pg_user:String}, {pg_password:String})
