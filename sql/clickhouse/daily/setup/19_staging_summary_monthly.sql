-- Staging copy of summary_monthly, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): derived/summary_monthly.sql rebuilds it in full, then it
-- replaces summary_monthly whole.
CREATE OR REPLACE TABLE summary_monthly_staging AS summary_monthly
