-- Swaps one month of sales_cube for the same month of sales_cube_staging, atomically: readers see either the old month or the
-- new one, never a mix. Swapping the same staging again changes nothing. (REPLACE PARTITION takes its source
-- table by name only, not as a query parameter: one file per table.)
ALTER TABLE sales_cube REPLACE PARTITION ID {partition_id:String} FROM sales_cube_staging
