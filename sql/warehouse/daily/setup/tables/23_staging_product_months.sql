-- Staging copy of product_months, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): the new content of every month of product_months the run recomputes
-- (load/product_months.sql), swapped in partition by partition, or whole when the run recomputed every month.
CREATE OR REPLACE TABLE product_months_staging AS product_months
