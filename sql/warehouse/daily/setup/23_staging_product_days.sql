-- Staging copy of product_days, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): the new content of every month of product_days the run recomputes
-- (load/product_days.sql), swapped in partition by partition, or whole when the run recomputed every day.
CREATE OR REPLACE TABLE product_days_staging AS product_days
