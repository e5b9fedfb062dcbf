-- Staging copy of summary_customers, recreated empty with its exact structure at the start of every daily run:
-- rebuilt in full by derived/summary_customers.sql, then exchanged
-- with the live table in one atomic rename.
CREATE OR REPLACE TABLE summary_customers_staging AS summary_customers
