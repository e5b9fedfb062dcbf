-- daily_landing_sales: every sales_data row whose UTC day lies in [{first_day}, {last_day}], as PostgreSQL
-- holds it now. ClickHouse pulls the rows itself; the range condition is pushed down to PostgreSQL
-- (sales_data_sale_date_idx), and the rows stream straight into the landing table.
INSERT INTO daily_landing_sales (sale_id, sale_date, product_id, customer_id, quantity, price, updated_at)
WITH
source AS (
    SELECT sale_id, sale_date, product_id, customer_id, quantity, price, updated_at
    FROM postgresql({pg_address:String}, {pg_database:String}, 'sales_data', {pg_user:String}, {pg_password:String})
    WHERE sale_date >= toDateTime64({first_day:Date32}, 6, 'UTC')
      AND sale_date < toDateTime64({last_day:Date32} + 1, 6, 'UTC')
)

SELECT * FROM source
-- Inserts sort and write a quarter of a million rows at a time (ClickHouse's default is a million), so the
-- memory a pull holds is the same for a month and for a whole history.
SETTINGS max_insert_block_size = 262144, min_insert_block_size_rows = 262144, min_insert_block_size_bytes = 67108864
