-- Classifies the valid rows of one staged product_data file (ingest_staging) into ingest_classified: which
-- occurrence of its product_id each row is in file order, and a reason when it must be quarantined.
--   same product_id again, same content  -> no reason: a duplicate
--   same product_id again, other content -> conflicting duplicate (the first line in the file wins)
--   first occurrence, as stored or not   -> stored_state: new, changed or stored (identical)
-- First occurrences without a reason are what update.sql (changed) and insert.sql (new) merge.
-- The table is locked first against other writers (readers go on) until the file commits, so the stored
-- state read here is still true when update.sql and insert.sql write: two ingests of the same table run one
-- after the other instead of racing for the same ids. Comparing here, before anything is written, also
-- means insert.sql never reads the table it is filling. ANALYZE: temp tables are never auto-analyzed.
LOCK TABLE product_data IN SHARE ROW EXCLUSIVE MODE;

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
),

compared AS (
    SELECT
        ranked.*,
        CASE
            WHEN stored.product_id IS NULL THEN 'new'
            WHEN (stored.name, stored.category, stored.supplier, stored.price)
                IS NOT DISTINCT FROM (ranked.name, ranked.category, ranked.supplier, ranked.price) THEN 'stored'
            ELSE 'changed'
        END AS stored_state
    FROM ranked
    LEFT JOIN product_data AS stored ON stored.product_id = ranked.product_id
)

SELECT
    *,
    CASE WHEN NOT same_as_first
        THEN format('conflicting duplicate: product_id "%s" first appears on line %s with other content', product_id, first_line)
    END AS reason
FROM compared;

ANALYZE ingest_classified
