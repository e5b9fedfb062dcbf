-- Staging copy of sales_weekly, recreated empty with its exact structure at the start of every daily run:
-- filled by derived/sales_weekly.sql (the recomputed periods merged anew, the others copied), then exchanged
-- with the live table in one atomic rename.
CREATE OR REPLACE TABLE sales_weekly_staging AS sales_weekly
