-- Swaps one month of product_months for the same month of product_months_staging, atomically: readers see either
-- the old month or the new one, never a mix. Swapping the same staging again changes nothing. (REPLACE PARTITION
-- takes its source table by name only, not as a query parameter: one file per table.)
ALTER TABLE product_months REPLACE PARTITION ID {partition_id:String} FROM product_months_staging
