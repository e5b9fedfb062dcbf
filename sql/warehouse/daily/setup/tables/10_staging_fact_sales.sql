-- Staging copy of fact_sales, recreated empty with its exact structure at the start of every daily run
-- (REPLACE PARTITION needs identical structures): the new content of every month partition the run
-- touches: the transform writes the rebuilt days' sales, the load adds the rows kept on the other days,
-- then the months are swapped in partition by partition.
CREATE OR REPLACE TABLE fact_sales_staging AS fact_sales
