-- Staging copy of customer_months, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): the new content of every month of customer_months the run recomputes
-- (load/customer_months.sql), swapped in partition by partition, or whole when the run recomputed every month.
CREATE OR REPLACE TABLE customer_months_staging AS customer_months
