-- Pushes dim_customer (the current version of every customer) into the archive's stage_customers, over COPY,
-- for the SCD type 2 merge into historical_customers.
INSERT INTO FUNCTION postgresql({pg_address:String}, {pg_database:String}, 'stage_customers', {pg_user:String}, {pg_password:String})
    (customer_id, age, gender, city, region, country, registration_date)
SELECT customer_id, age, gender, city, region, country, registration_date
FROM dim_customer
