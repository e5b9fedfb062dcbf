-- fact_sales on a cluster: a Distributed table over every shard's fact_sales_local, under the name every report, the
-- reconciliation and the monthly archive read. Sharded by customer_id: a customer's sales sit on one shard, so the
-- per-customer summaries, distinct-customer counts and cohort queries aggregate on each shard and merge exact partial
-- results, and the archive (Greenplum, DISTRIBUTED BY customer_id) is laid out the same way. The joins to the
-- dimensions stay local whatever the key, since the dimensions are replicated to every node. Hashed, so consecutive
-- ids spread evenly.
CREATE TABLE IF NOT EXISTS fact_sales ON CLUSTER {{cluster}} AS fact_sales_local
ENGINE = Distributed({{cluster}}, currentDatabase(), fact_sales_local, cityHash64(customer_id))
