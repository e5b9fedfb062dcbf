-- Drops one month of fact_sales whose affected days PostgreSQL no longer has any sale for. (ClickHouse
-- refuses REPLACE PARTITION from an empty source rather than silently emptying the target.)
ALTER TABLE fact_sales DROP PARTITION ID {partition_id:String}
