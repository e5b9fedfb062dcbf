-- Every table and view of the configured ClickHouse database: what `strata bench --reset` drops. The daily
-- load recreates the warehouse tables from sql/warehouse/schema, so nothing is lost that it needs.
SELECT name
FROM system.tables
WHERE database = currentDatabase()
ORDER BY name
