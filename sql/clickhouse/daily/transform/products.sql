-- dim_product_staging: this run's product dimension, built from the extracted products that break no
-- contract rule. One row per product_id, deterministically the latest version (updated_at, then the column
-- values, break ties), typed per the contract.
INSERT INTO dim_product_staging
WITH
valid AS (
    SELECT * FROM daily_checked_products WHERE empty(reasons)
),

latest AS (
    SELECT *
    FROM valid
    ORDER BY product_id, updated_at DESC, name DESC, category DESC, supplier DESC, price DESC
    LIMIT 1 BY product_id
),

typed AS (
    SELECT
        assumeNotNull(product_id) AS product_id,
        assumeNotNull(name) AS name,
        assumeNotNull(category) AS category,
        supplier,
        toDecimal64(assumeNotNull(price), 2) AS price
    FROM latest
)

SELECT * FROM typed
