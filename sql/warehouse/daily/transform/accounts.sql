-- Where every extracted row went, per target table: read (landed), loaded (kept in staging, one per key),
-- quarantined (broke a contract rule) and duplicates (older versions of a key that was loaded).
-- read = loaded + duplicates + quarantined holds by construction and is enforced again by the load ledger.
-- Counts only: no table is scanned row by row.
WITH
rejects AS (
    SELECT source_table, count() AS quarantined FROM daily_quarantine GROUP BY source_table
),

tables AS (
    SELECT 'dim_customer' AS target_table, 'customer_data' AS source_table,
           (SELECT count() FROM daily_landing_customers) AS read, (SELECT count() FROM dim_customer_staging) AS loaded
    UNION ALL
    SELECT 'dim_product', 'product_data', (SELECT count() FROM daily_landing_products), (SELECT count() FROM dim_product_staging)
    UNION ALL
    SELECT 'fact_sales', 'sales_data', (SELECT count() FROM daily_landing_sales), (SELECT count() FROM fact_sales_staging)
)

SELECT
    tables.target_table,
    tables.source_table,
    tables.read,
    tables.loaded,
    tables.read - tables.loaded - rejects.quarantined AS duplicates,
    rejects.quarantined
FROM tables
LEFT JOIN rejects ON rejects.source_table = tables.source_table
ORDER BY tables.target_table
