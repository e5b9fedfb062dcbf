-- Drops one month of fact_sales on every shard, once PostgreSQL no longer has any sale on its affected days.
ALTER TABLE fact_sales_local ON CLUSTER {{cluster}} DROP PARTITION ID {partition_id:String}
