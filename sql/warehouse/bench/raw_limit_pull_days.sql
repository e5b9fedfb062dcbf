-- The nightly increment's raw limit: ClickHouse pulls the sales of the days the increment rebuilt, [{first_day},
-- {last_day}], from PostgreSQL through postgresql(), the same path, columns and range condition as the daily
-- extract (extract/sales.sql), into the bare table bench_raw_limit: the least the increment can move.
INSERT INTO bench_raw_limit (sale_id, sale_date, product_id, customer_id, quantity, price, updated_at)
WITH
source AS (
    SELECT sale_id, sale_date, product_id, customer_id, quantity, price, updated_at
    FROM postgresql({pg_address:String}, {pg_database:String}, 'sales_data', {pg_user:String}, {pg_password:String})
    WHERE sale_date >= toDateTime64({first_day:Date32}, 6, 'UTC')
      AND sale_date < toDateTime64({last_day:Date32} + 1, 6, 'UTC')
)

SELECT * FROM source
