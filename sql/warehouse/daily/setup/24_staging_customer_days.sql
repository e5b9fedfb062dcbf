-- Staging copy of customer_days, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): the new content of every month of customer_days the run recomputes
-- (load/customer_days.sql), swapped in partition by partition, or whole when the run recomputed every day.
CREATE OR REPLACE TABLE customer_days_staging AS customer_days
