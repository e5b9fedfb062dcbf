-- Swaps one month of fact_sales on a cluster: each shard replaces its part of the month with its part of the staging,
-- atomically per shard, and replication carries it to the shard's other replica. Shards swap one after another, so for
-- a moment a reader of the Distributed table may see one shard's new month beside another's old one (docs/clickhouse.md);
-- swapping the same staging again changes nothing, so a crash between shards is repaired by running again.
ALTER TABLE fact_sales_local ON CLUSTER `strata` REPLACE PARTITION ID {partition_id:String} FROM fact_sales_staging_local
