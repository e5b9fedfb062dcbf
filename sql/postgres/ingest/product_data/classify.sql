-- Classifies the valid rows of one staged product_data file (ingest_staging) into ingest_classified: which
-- occurrence of its product_id each row is in file order, and a reason when it must be quarantined.
--   same product_id again, same content  -> no reason: a duplicate
--   same product_id again, other content -> conflicting duplicate (the first line in the file wins)
-- First occurrences without a reason are what upsert.sql merges.
CREATE TEMP TABLE ingest_classified ON COMMIT DROP AS
WITH valid AS (
    SELECT * FROM ingest_staging WHERE reject_reason IS NULL
),

ranked AS (
    SELECT
        *,
        row_number() OVER by_key AS occurrence,
        first_value(line_number) OVER by_key AS first_line,
        (name, category, supplier, price) IS NOT DISTINCT FROM (
            first_value(name) OVER by_key, first_value(category) OVER by_key,
            first_value(supplier) OVER by_key, first_value(price) OVER by_key
        ) AS same_as_first
    FROM valid
    WINDOW by_key AS (PARTITION BY product_id ORDER BY line_number)
)

SELECT
    *,
    CASE WHEN NOT same_as_first
        THEN format('conflicting duplicate: product_id "%s" first appears on line %s with other content', product_id, first_line)
    END AS reason
FROM ranked
