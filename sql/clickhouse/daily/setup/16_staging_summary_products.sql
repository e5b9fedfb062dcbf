-- Staging copy of summary_products, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): derived/summary_products.sql rebuilds it in full, then it
-- replaces summary_products whole.
CREATE OR REPLACE TABLE summary_products_staging AS summary_products
