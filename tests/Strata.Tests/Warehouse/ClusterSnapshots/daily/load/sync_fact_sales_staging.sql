-- Before the month swaps: every replica of every shard has fetched its shard's staging parts. ON CLUSTER runs the
-- swap on one replica per shard, whichever takes it first, so each must already hold the whole staging.
SYSTEM SYNC REPLICA ON CLUSTER `strata` fact_sales_staging_local
