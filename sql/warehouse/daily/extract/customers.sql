-- daily_landing_customers: the whole customer_data table as PostgreSQL holds it now (a dimension is small,
-- so it is rebuilt in full every run rather than tracked incrementally).
INSERT INTO daily_landing_customers (customer_id, age, gender, city, region, country, registration_date, updated_at)
WITH
source AS (
    SELECT customer_id, age, gender, city, region, country, registration_date, updated_at
    FROM postgresql({pg_address:String}, {pg_database:String}, 'customer_data', {pg_user:String}, {pg_password:String})
)

SELECT * FROM source
