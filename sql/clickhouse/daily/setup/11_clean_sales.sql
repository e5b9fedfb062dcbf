-- Working table with fact_sales's exact structure, recreated empty at the start of every daily run: this
-- run's deduplicated, typed, valid sales, before load/fact_sales_staging.sql merges them into their months.
CREATE OR REPLACE TABLE daily_clean_sales AS fact_sales
