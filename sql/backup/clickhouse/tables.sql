-- The warehouse tables a backup holds: the model (sql/warehouse/schema) that exists in this database. The daily run's
-- working tables (landing, staging) are rebuilt by every run and are left out.
SELECT name
FROM system.tables
WHERE database = currentDatabase() AND name IN {tables:Array(String)}
ORDER BY name
