-- fact_sales_staging's parts are handed to fact_sales by REPLACE PARTITION (which merges them in its own
-- time) and the staging table is recreated by the next run: merging them here would be wasted work.
SYSTEM STOP MERGES fact_sales_staging
