-- Swaps one month of customer_days for the same month of customer_days_staging, atomically: readers see either the old month or the
-- new one, never a mix. Swapping the same staging again changes nothing. (REPLACE PARTITION takes its source
-- table by name only, not as a query parameter: one file per table.)
ALTER TABLE customer_days REPLACE PARTITION ID {partition_id:String} FROM customer_days_staging
