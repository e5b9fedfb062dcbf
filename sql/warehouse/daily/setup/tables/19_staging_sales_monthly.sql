-- Staging copy of sales_monthly, recreated empty with its exact structure at the start of every daily run:
-- filled by derived/sales_monthly.sql (the recomputed periods merged anew, the others copied), then exchanged
-- with the live table in one atomic rename.
CREATE OR REPLACE TABLE sales_monthly_staging AS sales_monthly
