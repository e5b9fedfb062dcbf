-- Staging copy of fact_returns, recreated empty with its exact structure at the start of every daily run:
-- extract/returns.sql fills it with the whole returns_data table, then the load exchanges it with the live table.
CREATE OR REPLACE TABLE fact_returns_staging AS fact_returns
