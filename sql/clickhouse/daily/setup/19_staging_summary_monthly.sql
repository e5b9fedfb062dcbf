-- Staging copy of summary_monthly, recreated empty with its exact structure at the start of every daily run:
-- rebuilt in full by derived/summary_monthly.sql, then exchanged
-- with the live table in one atomic rename.
CREATE OR REPLACE TABLE summary_monthly_staging AS summary_monthly
