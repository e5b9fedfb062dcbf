-- Staging copy of sales_cube, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): the new content of every month of sales_cube the run recomputes
-- (load/sales_cube.sql), swapped in partition by partition, or whole when the run recomputed every day.
CREATE OR REPLACE TABLE sales_cube_staging AS sales_cube
