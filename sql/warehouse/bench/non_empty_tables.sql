-- The tables of the configured ClickHouse database that hold any row: the benchmark's daily load replaces
-- whole months of fact_sales and every summary, so it refuses to run over data it did not write (unless
-- told to empty the database). Views and other engines without a row count report NULL and are left out.
WITH
database_tables AS (
    SELECT name, total_rows
    FROM system.tables
    WHERE database = currentDatabase()
)

SELECT name
FROM database_tables
WHERE total_rows > 0
ORDER BY name
