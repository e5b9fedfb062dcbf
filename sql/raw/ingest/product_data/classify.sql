-- Classifies the valid rows of one staged product_data file (ingest_staging). ingest_classified receives every
-- valid row whose outcome is anything but "a new product_id", with its occurrence of product_id in file order and a
-- reason when it must be quarantined:
--   same product_id again, same content  -> no reason: a duplicate
--   same product_id again, other content -> conflicting duplicate (the first line in the file wins)
--   first occurrence, as stored or changed -> stored_state: stored (identical) or changed
-- The clean first occurrences of new ids are not copied here: insert.sql reads them from ingest_staging,
-- leaving out the lines listed here. Only the keys in ingest_repeated_keys are numbered (a sort of their rows
-- alone); every other row is its key's first and only occurrence.
-- The table is locked first against other writers (readers go on) until the file commits, so the stored
-- state read here is still true when update.sql and insert.sql write: two ingests of the same table run one
-- after the other instead of racing for the same ids. Comparing here, before anything is written, also
-- means insert.sql never reads the table it is filling. ANALYZE: temp tables are never auto-analyzed.
LOCK TABLE product_data IN SHARE ROW EXCLUSIVE MODE;

CREATE TEMP TABLE ingest_classified ON COMMIT DROP AS
WITH valid AS NOT MATERIALIZED (
    SELECT * FROM ingest_staging WHERE reject_reason IS NULL
),

repeats AS (
    SELECT
        line_number,
        row_number() OVER by_key AS occurrence,
        first_value(line_number) OVER by_key AS first_line,
        (name, category, supplier, price) IS NOT DISTINCT FROM (
            first_value(name) OVER by_key, first_value(category) OVER by_key, first_value(supplier) OVER by_key,
            first_value(price) OVER by_key
        ) AS same_as_first
    FROM valid
    WHERE product_id IN (SELECT product_id FROM ingest_repeated_keys)
    WINDOW by_key AS (PARTITION BY product_id ORDER BY line_number)
),

ranked AS (
    SELECT
        valid.*,
        coalesce(repeats.occurrence, 1) AS occurrence,
        coalesce(repeats.first_line, valid.line_number) AS first_line,
        coalesce(repeats.same_as_first, true) AS same_as_first
    FROM valid
    LEFT JOIN repeats ON repeats.line_number = valid.line_number
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
),

classified AS (
    SELECT
        *,
        CASE WHEN NOT same_as_first
            THEN format('conflicting duplicate: product_id "%s" first appears on line %s with other content', product_id, first_line)
        END AS reason
    FROM compared
)

SELECT *
FROM classified
WHERE NOT (occurrence = 1 AND reason IS NULL AND stored_state = 'new');

ANALYZE ingest_classified
