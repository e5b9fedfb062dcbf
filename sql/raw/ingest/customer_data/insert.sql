-- Inserts the customer_data rows one classified file adds (stored_state 'new', see classify.sql): its clean
-- first occurrences of ids not yet stored. A plain INSERT, not INSERT ... ON CONFLICT: classify.sql already
-- knows which ids are new and holds the table's lock, so the speculative insertion and conflict check per
-- row are work with nothing to find. The affected rows count as loaded.
-- @source_file: the source file name.
INSERT INTO customer_data (customer_id, age, gender, city, region, country, registration_date, source_file)
SELECT customer_id, age, gender, city, region, country, registration_date, @source_file
FROM ingest_classified
WHERE occurrence = 1 AND reason IS NULL AND stored_state = 'new'
