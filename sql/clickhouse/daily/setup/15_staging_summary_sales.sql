-- Staging copy of summary_sales, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): derived/summary_sales.sql rebuilds it in full, then it
-- replaces summary_sales whole.
CREATE OR REPLACE TABLE summary_sales_staging AS summary_sales
