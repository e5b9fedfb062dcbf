-- The daily run reads the raw tier through postgresql() and writes its staging back the same way, which ClickHouse grants
-- on every database (a table function belongs to none); CLUSTER lets it run its ON CLUSTER statements in cluster mode.
GRANT{{on_cluster}} CREATE TEMPORARY TABLE, POSTGRES, CLUSTER ON *.* TO strata_etl
