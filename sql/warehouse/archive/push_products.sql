-- Pushes dim_product (the current version of every product) into the archive's stage_products, over COPY,
-- for the SCD type 2 merge into historical_products.
INSERT INTO FUNCTION postgresql({pg_address:String}, {pg_database:String}, 'stage_products', {pg_user:String}, {pg_password:String})
    (product_id, name, category, supplier, price)
SELECT product_id, name, category, supplier, price
FROM dim_product
