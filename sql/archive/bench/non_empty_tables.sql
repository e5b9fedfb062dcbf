-- The archive's tables that exist and hold any row: the benchmark archives its generated history and refuses to
-- mix it into, or wipe, an archive it did not write (unless told to empty it). query_to_xml runs the per-table
-- EXISTS a plain query cannot name dynamically; it stops at the first row, so the check costs nothing.
WITH
archive_tables (table_name) AS (
    VALUES ('historical_sales'), ('historical_products'), ('historical_customers'), ('archive_months')
),

present AS (
    SELECT table_name
    FROM archive_tables
    WHERE to_regclass(table_name) IS NOT NULL
)

SELECT table_name
FROM present
WHERE (xpath('/row/held/text()', query_to_xml(format('SELECT EXISTS (SELECT FROM %I) AS held', table_name), false, true, '')))[1]::text = 'true'
ORDER BY table_name
