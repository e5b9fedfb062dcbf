-- Staging copy of dim_customer, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): the customer dimension rebuilt in full, swapped in
-- whole; the sales checks look customers up here.
CREATE OR REPLACE TABLE dim_customer_staging AS dim_customer
