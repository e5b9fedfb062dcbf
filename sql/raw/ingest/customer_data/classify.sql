-- Classifies the valid rows of one staged customer_data file (ingest_staging) into ingest_classified: which
-- occurrence of its customer_id each row is in file order, and a reason when it must be quarantined.
--   same customer_id again, same content  -> no reason: a duplicate
--   same customer_id again, other content -> conflicting duplicate (the first line in the file wins)
--   first occurrence, as stored or not    -> stored_state: new, changed or stored (identical)
-- First occurrences without a reason are what update.sql (changed) and insert.sql (new) merge.
-- The table is locked first against other writers (readers go on) until the file commits, so the stored
-- state read here is still true when update.sql and insert.sql write: two ingests of the same table run one
-- after the other instead of racing for the same ids. Comparing here, before anything is written, also
-- means insert.sql never reads the table it is filling. ANALYZE: temp tables are never auto-analyzed.
LOCK TABLE customer_data IN SHARE ROW EXCLUSIVE MODE;

CREATE TEMP TABLE ingest_classified ON COMMIT DROP AS
WITH valid AS (
    SELECT * FROM ingest_staging WHERE reject_reason IS NULL
),

ranked AS (
    SELECT
        *,
        row_number() OVER by_key AS occurrence,
        first_value(line_number) OVER by_key AS first_line,
        (age, gender, city, region, country, registration_date) IS NOT DISTINCT FROM (
            first_value(age) OVER by_key, first_value(gender) OVER by_key, first_value(city) OVER by_key,
            first_value(region) OVER by_key, first_value(country) OVER by_key, first_value(registration_date) OVER by_key
        ) AS same_as_first
    FROM valid
    WINDOW by_key AS (PARTITION BY customer_id ORDER BY line_number)
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
)

SELECT
    *,
    CASE WHEN NOT same_as_first
        THEN format('conflicting duplicate: customer_id %s first appears on line %s with other content', customer_id, first_line)
    END AS reason
FROM compared;

ANALYZE ingest_classified
