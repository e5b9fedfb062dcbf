-- Where every extracted row went, per target table: read (landed), loaded (clean, one per key),
-- quarantined (broke a contract rule) and duplicates (older versions of a key that was loaded).
-- read = loaded + duplicates + quarantined holds by construction and is enforced again by the load ledger.
WITH
customers AS (
    SELECT
        'dim_customer' AS target_table,
        'customer_data' AS source_table,
        count() AS read,
        countIf(notEmpty(reasons)) AS quarantined,
        (SELECT count() FROM dim_customer_staging) AS loaded
    FROM daily_checked_customers
),

products AS (
    SELECT
        'dim_product' AS target_table,
        'product_data' AS source_table,
        count() AS read,
        countIf(notEmpty(reasons)) AS quarantined,
        (SELECT count() FROM dim_product_staging) AS loaded
    FROM daily_checked_products
),

sales AS (
    SELECT
        'fact_sales' AS target_table,
        'sales_data' AS source_table,
        count() AS read,
        countIf(notEmpty(reasons)) AS quarantined,
        (SELECT count() FROM daily_clean_sales) AS loaded
    FROM daily_checked_sales
),

all_tables AS (
    SELECT * FROM customers
    UNION ALL SELECT * FROM products
    UNION ALL SELECT * FROM sales
)

SELECT target_table, source_table, read, loaded, read - loaded - quarantined AS duplicates, quarantined
FROM all_tables
ORDER BY target_table
