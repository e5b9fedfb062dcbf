-- Merges one staged customer_data file (ingest_staging) into customer_data and quarantine, and returns
-- the file's counts, which always satisfy read = loaded + duplicates + quarantined.
--   rejected by cleaning                          -> quarantine (reason from C#)
--   same customer_id again, same content          -> duplicate
--   same customer_id again, other content         -> quarantine (the first line in the file wins)
--   first occurrence: new id or changed content   -> inserted / updated (updated_at bumped) = loaded
--   first occurrence: identical to the stored row -> duplicate (so a re-ingest changes nothing)
-- $1: the source file name.
WITH staged AS NOT MATERIALIZED (
    SELECT * FROM ingest_staging
),

ranked AS (
    -- One pass: which occurrence of its id each valid row is, and whether it repeats the first one.
    SELECT
        *,
        row_number() OVER by_key AS occurrence,
        first_value(line_number) OVER by_key AS first_line,
        (age, gender, city, region, country, registration_date) IS NOT DISTINCT FROM (
            first_value(age) OVER by_key, first_value(gender) OVER by_key, first_value(city) OVER by_key,
            first_value(region) OVER by_key, first_value(country) OVER by_key, first_value(registration_date) OVER by_key
        ) AS same_as_first
    FROM staged
    WHERE reject_reason IS NULL
    WINDOW by_key AS (PARTITION BY customer_id ORDER BY line_number)
),

classified AS (
    SELECT
        *,
        CASE WHEN NOT same_as_first
            THEN format('conflicting duplicate: customer_id %s first appears on line %s with other content', customer_id, first_line)
        END AS reason
    FROM ranked
),

rejected AS (
    SELECT line_number, raw_record, reject_reason AS reason FROM staged WHERE reject_reason IS NOT NULL
    UNION ALL
    SELECT line_number, raw_record, reason FROM classified WHERE reason IS NOT NULL
),

quarantined AS (
    INSERT INTO quarantine (source_file, line_number, target_table, reason, raw_record)
    SELECT $1, line_number, 'customer_data', reason, raw_record FROM rejected
    ON CONFLICT (source_file, line_number, target_table) DO NOTHING
),

merged AS (
    INSERT INTO customer_data AS stored (customer_id, age, gender, city, region, country, registration_date, source_file)
    SELECT customer_id, age, gender, city, region, country, registration_date, $1
    FROM classified
    WHERE occurrence = 1 AND reason IS NULL
    ON CONFLICT (customer_id) DO UPDATE
        SET age = excluded.age, gender = excluded.gender, city = excluded.city, region = excluded.region,
            country = excluded.country, registration_date = excluded.registration_date,
            source_file = excluded.source_file, updated_at = now()
        WHERE (stored.age, stored.gender, stored.city, stored.region, stored.country, stored.registration_date)
            IS DISTINCT FROM
              (excluded.age, excluded.gender, excluded.city, excluded.region, excluded.country, excluded.registration_date)
    RETURNING 1
)

SELECT
    (SELECT count(*) FROM staged) AS read_rows,
    (SELECT count(*) FROM merged) AS loaded_rows,
    (SELECT count(*) FROM classified WHERE reason IS NULL) - (SELECT count(*) FROM merged) AS duplicate_rows,
    (SELECT count(*) FROM rejected) AS quarantined_rows
