-- Staging copy of summary_products, recreated empty with its exact structure at the start of every daily run:
-- rebuilt in full by derived/summary_products.sql, then exchanged
-- with the live table in one atomic rename.
CREATE OR REPLACE TABLE summary_products_staging AS summary_products
