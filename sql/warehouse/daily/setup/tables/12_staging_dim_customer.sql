-- Staging copy of dim_customer, recreated empty with its exact structure at the start of every daily run:
-- the customer dimension, rebuilt in full by transform/customers.sql;
-- the sales checks look customers up here, then the load exchanges it with the live table.
CREATE OR REPLACE TABLE dim_customer_staging AS dim_customer
