-- Staging copy of summary_sales, recreated empty with its exact structure at the start of every daily run:
-- rebuilt in full by derived/summary_sales.sql, then exchanged
-- with the live table in one atomic rename.
CREATE OR REPLACE TABLE summary_sales_staging AS summary_sales
