-- Classifies the valid rows of one staged customer_data file (ingest_staging) into ingest_classified: which
-- occurrence of its customer_id each row is in file order, and a reason when it must be quarantined.
--   same customer_id again, same content  -> no reason: a duplicate
--   same customer_id again, other content -> conflicting duplicate (the first line in the file wins)
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
        (age, gender, city, region, country, registration_date) IS NOT DISTINCT FROM (
            first_value(age) OVER by_key, first_value(gender) OVER by_key, first_value(city) OVER by_key,
            first_value(region) OVER by_key, first_value(country) OVER by_key, first_value(registration_date) OVER by_key
        ) AS same_as_first
    FROM valid
    WINDOW by_key AS (PARTITION BY customer_id ORDER BY line_number)
)

SELECT
    *,
    CASE WHEN NOT same_as_first
        THEN format('conflicting duplicate: customer_id %s first appears on line %s with other content', customer_id, first_line)
    END AS reason
FROM ranked
