-- fact_sales_staging on a cluster: a Distributed table over every shard's fact_sales_staging_local (recreated empty by
-- the staging copy before it), sharded like fact_sales, so each shard's staging holds exactly the new content of its
-- own part of every month the run swaps. The transform and the load write into it as on one node.
CREATE OR REPLACE TABLE fact_sales_staging ON CLUSTER {{cluster}} AS fact_sales_staging_local
ENGINE = Distributed({{cluster}}, currentDatabase(), fact_sales_staging_local, cityHash64(customer_id))
