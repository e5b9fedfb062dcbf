-- Staging copy of dim_date, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): derived/dim_date.sql rebuilds it in full, then it
-- replaces dim_date whole.
CREATE OR REPLACE TABLE dim_date_staging AS dim_date
