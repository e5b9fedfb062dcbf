-- Staging copy of summary_customers, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): derived/summary_customers.sql rebuilds it in full, then it
-- replaces summary_customers whole.
CREATE OR REPLACE TABLE summary_customers_staging AS summary_customers
