-- Classifies the valid rows of one staged customer_data file (ingest_staging). ingest_classified receives every
-- valid row whose outcome is anything but "a new customer_id", with its occurrence of customer_id in file order and a
-- reason when it must be quarantined:
--   same customer_id again, same content  -> no reason: a duplicate
--   same customer_id again, other content -> conflicting duplicate (the first line in the file wins)
--   first occurrence, as stored or changed -> stored_state: stored (identical) or changed
-- The clean first occurrences of new ids are not copied here: insert.sql reads them from ingest_staging,
-- leaving out the lines listed here. Only the keys in ingest_repeated_keys are numbered (a sort of their rows
-- alone); every other row is its key's first and only occurrence.
-- The table is locked first against other writers (readers go on) until the file commits, so the stored
-- state read here is still true when update.sql and insert.sql write: two ingests of the same table run one
-- after the other instead of racing for the same ids. Comparing here, before anything is written, also
-- means insert.sql never reads the table it is filling. ANALYZE: temp tables are never auto-analyzed.
LOCK TABLE customer_data IN SHARE ROW EXCLUSIVE MODE;

CREATE TEMP TABLE ingest_classified ON COMMIT DROP AS
WITH valid AS NOT MATERIALIZED (
    SELECT * FROM ingest_staging WHERE reject_reason IS NULL
),

repeats AS (
    SELECT
        line_number,
        row_number() OVER by_key AS occurrence,
        first_value(line_number) OVER by_key AS first_line,
        (age, gender, city, region, country, registration_date) IS NOT DISTINCT FROM (
            first_value(age) OVER by_key, first_value(gender) OVER by_key, first_value(city) OVER by_key,
            first_value(region) OVER by_key, first_value(country) OVER by_key, first_value(registration_date) OVER by_key
        ) AS same_as_first
    FROM valid
    WHERE customer_id IN (SELECT customer_id FROM ingest_repeated_keys)
    WINDOW by_key AS (PARTITION BY customer_id ORDER BY line_number)
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
            WHEN stored.customer_id IS NULL THEN 'new'
            WHEN (stored.age, stored.gender, stored.city, stored.region, stored.country, stored.registration_date)
                IS NOT DISTINCT FROM (ranked.age, ranked.gender, ranked.city, ranked.region, ranked.country, ranked.registration_date) THEN 'stored'
            ELSE 'changed'
        END AS stored_state
    FROM ranked
    LEFT JOIN customer_data AS stored ON stored.customer_id = ranked.customer_id
),

classified AS (
    SELECT
        *,
        CASE WHEN NOT same_as_first
            THEN format('conflicting duplicate: customer_id %s first appears on line %s with other content', customer_id, first_line)
        END AS reason
    FROM compared
)

SELECT *
FROM classified
WHERE NOT (occurrence = 1 AND reason IS NULL AND stored_state = 'new');

ANALYZE ingest_classified
