-- Swaps one month of summary_sales for the same month of summary_sales_staging, atomically: readers see either the
-- old month or the new one, never a mix. Swapping the same staging again changes nothing. (REPLACE PARTITION takes
-- its source table by name only, not as a query parameter: one file per table.)
ALTER TABLE summary_sales REPLACE PARTITION ID {partition_id:String} FROM summary_sales_staging
