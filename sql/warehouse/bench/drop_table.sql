-- `strata bench --reset`: drops one table (or view) of the configured ClickHouse database, waiting until
-- it is gone so a table of the same name can be created at once.
DROP TABLE IF EXISTS {table:Identifier} SYNC
