-- dim_product_staging: this run's product dimension, built from the extracted products that break no
-- contract rule. One row per product_id, deterministically the latest version (the smallest remaining
-- column values break a tie on updated_at), typed per the contract. loaded_at is the run's PostgreSQL clock
-- reading ({loaded_at}).
INSERT INTO dim_product_staging (product_id, name, category, supplier, price, updated_at, loaded_at)
WITH
valid AS (
    SELECT product_id, name, category, supplier, price, updated_at
    FROM daily_checked_products
    WHERE broken_rules = 0
),

latest AS (
    SELECT *
    FROM valid
    ORDER BY product_id, updated_at DESC, name, category, supplier, price
    LIMIT 1 BY product_id
),

typed AS (
    SELECT
        assumeNotNull(product_id) AS product_id,
        assumeNotNull(name) AS name,
        assumeNotNull(category) AS category,
        supplier,
        toDecimal64(assumeNotNull(price), 2) AS price,
        updated_at,
        {loaded_at:DateTime64(6, 'UTC')} AS loaded_at
    FROM latest
)

SELECT * FROM typed
