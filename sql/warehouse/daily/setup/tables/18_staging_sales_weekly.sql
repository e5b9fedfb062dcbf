-- Staging copy of sales_weekly, recreated empty with its exact structure at the start of every daily run:
-- rebuilt in full by derived/sales_weekly.sql, then exchanged
-- with the live table in one atomic rename.
CREATE OR REPLACE TABLE sales_weekly_staging AS sales_weekly
