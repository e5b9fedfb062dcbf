-- daily_landing_products: the whole product_data table as PostgreSQL holds it now (a dimension is small,
-- so it is rebuilt in full every run rather than tracked incrementally).
INSERT INTO daily_landing_products (product_id, name, category, supplier, price, updated_at)
WITH
source AS (
    SELECT product_id, name, category, supplier, price, updated_at
    FROM postgresql({pg_address:String}, {pg_database:String}, 'product_data', {pg_user:String}, {pg_password:String})
)

SELECT * FROM source
