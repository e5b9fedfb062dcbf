-- The raw limit: ClickHouse pulls every sales_data row from PostgreSQL itself, through the postgresql() table
-- function, the same path and columns as the daily extract (extract/sales.sql), into the bare table
-- bench_raw_limit. No condition, no transformation: the daily load of the whole history can at best match it.
INSERT INTO bench_raw_limit (sale_id, sale_date, product_id, customer_id, quantity, price, updated_at)
WITH
source AS (
    SELECT sale_id, sale_date, product_id, customer_id, quantity, price, updated_at
    FROM postgresql({pg_address:String}, {pg_database:String}, 'sales_data', {pg_user:String}, {pg_password:String})
)

SELECT * FROM source
