-- Inserts the sales_data rows one classified file adds (stored_state 'new', see classify.sql): its clean
-- first occurrences of ids not yet stored. A plain INSERT, not INSERT ... ON CONFLICT: classify.sql already
-- knows which ids are new and holds the table's lock, so the speculative insertion and conflict check per
-- row are work with nothing to find. The affected rows count as loaded.
-- @source_file: the source file name.
INSERT INTO sales_data (sale_id, sale_date, product_id, customer_id, quantity, price, source_file)
SELECT sale_id, sale_date, product_id, customer_id, quantity, price, @source_file
FROM ingest_classified
WHERE occurrence = 1 AND reason IS NULL AND stored_state = 'new'
