-- Merges the clean first occurrences of one classified customer_data file into customer_data: new ids are
-- inserted, changed content updates the row and bumps updated_at, rows identical to the stored ones are
-- left untouched. The affected-row count is what the file loaded; the untouched rows are duplicates.
-- $1: the source file name.
INSERT INTO customer_data AS stored (customer_id, age, gender, city, region, country, registration_date, source_file)
SELECT customer_id, age, gender, city, region, country, registration_date, $1
FROM ingest_classified
WHERE occurrence = 1 AND reason IS NULL
ON CONFLICT (customer_id) DO UPDATE
    SET age = excluded.age, gender = excluded.gender, city = excluded.city, region = excluded.region,
        country = excluded.country, registration_date = excluded.registration_date,
        source_file = excluded.source_file, updated_at = now()
    WHERE (stored.age, stored.gender, stored.city, stored.region, stored.country, stored.registration_date)
        IS DISTINCT FROM
          (excluded.age, excluded.gender, excluded.city, excluded.region, excluded.country, excluded.registration_date)
