-- fact_sales_staging's parts are swapped into fact_sales whole; merging them first would only take CPU from the run.
-- On a cluster the parts live in every shard's local staging table.
SYSTEM STOP MERGES ON CLUSTER {{cluster}} fact_sales_staging_local
