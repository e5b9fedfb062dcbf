-- Staging copy of dim_date, recreated empty with its exact structure at the start of every daily run:
-- rebuilt in full by derived/dim_date.sql, then exchanged
-- with the live table in one atomic rename.
CREATE OR REPLACE TABLE dim_date_staging AS dim_date
