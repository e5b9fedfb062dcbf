-- Inserts the customer_data rows one classified file adds: its clean first occurrences of ids not yet stored, read
-- straight from ingest_staging, less every line ingest_classified holds (repeats, rejects, stored and changed
-- rows; see classify.sql). NOT IN, which PostgreSQL answers from one hash of those lines: NOT EXISTS let it
-- plan a scan of them per staged row when classify.sql found none (a first load).
-- A plain INSERT, not INSERT ... ON CONFLICT: classify.sql already knows which ids
-- are new and holds the table's lock, so the speculative insertion and conflict check per row are work with
-- nothing to find. The affected rows count as loaded.
-- @source_file: the source file name.
INSERT INTO customer_data (customer_id, age, gender, city, region, country, registration_date, source_file)
SELECT staged.customer_id, staged.age, staged.gender, staged.city, staged.region, staged.country, staged.registration_date, @source_file
FROM ingest_staging AS staged
WHERE staged.reject_reason IS NULL
  AND staged.line_number NOT IN (SELECT classified.line_number FROM ingest_classified AS classified)
