-- Staging copy of summary_sales, recreated empty with its exact structure at the start of every daily run:
-- the months holding a recomputed day, from derived/summary_sales.sql, swapped in partition by partition
-- (REPLACE PARTITION needs identical structures).
CREATE OR REPLACE TABLE summary_sales_staging AS summary_sales
