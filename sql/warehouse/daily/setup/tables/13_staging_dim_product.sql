-- Staging copy of dim_product, recreated empty with its exact structure at the start of every daily run:
-- the product dimension, rebuilt in full by transform/products.sql;
-- the sales checks look products up here, then the load exchanges it with the live table.
CREATE OR REPLACE TABLE dim_product_staging AS dim_product
