-- Staging copy of dim_product, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): the product dimension rebuilt in full, swapped in
-- whole; the sales checks look products up here.
CREATE OR REPLACE TABLE dim_product_staging AS dim_product
