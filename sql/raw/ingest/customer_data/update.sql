-- Updates the customer_data rows whose content one classified file changes (stored_state 'changed', see
-- classify.sql): the file's clean first occurrence replaces the stored content, source_file names the file
-- and updated_at is bumped; ingested_at stays. The affected rows count as loaded.
-- @source_file: the source file name.
UPDATE customer_data AS stored
SET age = changed.age, gender = changed.gender, city = changed.city, region = changed.region,
    country = changed.country, registration_date = changed.registration_date, source_file = @source_file,
    updated_at = now()
FROM ingest_classified AS changed
WHERE changed.occurrence = 1 AND changed.reason IS NULL AND changed.stored_state = 'changed'
    AND stored.customer_id = changed.customer_id
