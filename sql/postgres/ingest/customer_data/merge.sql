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

valid AS (
    SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY line_number) AS occurrence
    FROM staged
    WHERE reject_reason IS NULL
),

first_seen AS (
    SELECT * FROM valid WHERE occurrence = 1
),

repeats AS (
    SELECT
        later.line_number,
        later.raw_record,
        later.customer_id,
        first_seen.line_number AS first_line,
        (later.age, later.gender, later.city, later.region, later.country, later.registration_date)
            IS NOT DISTINCT FROM
        (first_seen.age, first_seen.gender, first_seen.city, first_seen.region, first_seen.country, first_seen.registration_date)
            AS same_content
    FROM valid AS later
    JOIN first_seen USING (customer_id)
    WHERE later.occurrence > 1
),

rejected AS (
    SELECT line_number, raw_record, reject_reason AS reason
    FROM staged
    WHERE reject_reason IS NOT NULL
    UNION ALL
    SELECT line_number, raw_record,
           format('conflicting duplicate: customer_id %s first appears on line %s with other content', customer_id, first_line)
    FROM repeats
    WHERE NOT same_content
),

quarantined AS (
    INSERT INTO quarantine (source_file, line_number, target_table, reason, raw_record)
    SELECT $1, line_number, 'customer_data', reason, raw_record FROM rejected
    ON CONFLICT (source_file, line_number, target_table) DO NOTHING
),

merged AS (
    INSERT INTO customer_data AS stored (customer_id, age, gender, city, region, country, registration_date, source_file)
    SELECT customer_id, age, gender, city, region, country, registration_date, $1 FROM first_seen
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
    (SELECT count(*) FROM repeats WHERE same_content)
        + (SELECT count(*) FROM first_seen) - (SELECT count(*) FROM merged) AS duplicate_rows,
    (SELECT count(*) FROM rejected) AS quarantined_rows
