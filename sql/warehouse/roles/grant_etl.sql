-- strata_etl, which the pipelines run as, on Strata's database only: read and write its tables (SELECT, INSERT,
-- ALTER: the partition swaps), create and drop its working tables and the report views, TRUNCATE a landing table,
-- stop and start merges on a staging table while it loads, and wait for a replica to catch up (cluster mode).
GRANT{{on_cluster}} SELECT, INSERT, ALTER, CREATE TABLE, CREATE VIEW, DROP TABLE, DROP VIEW, TRUNCATE, SHOW, SYSTEM MERGES, SYSTEM SYNC REPLICA
ON {{database}}.* TO strata_etl
