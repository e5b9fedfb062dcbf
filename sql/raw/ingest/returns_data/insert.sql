-- Inserts the returns_data rows one classified file adds (stored_state 'new', see classify.sql): its clean first
-- occurrences of return ids not yet stored. The affected rows count as loaded.
-- @source_file: the source file name.
INSERT INTO returns_data (return_id, return_date, product_id, customer_id, quantity, price, cancelled_invoice, source_file)
SELECT return_id, return_date, product_id, customer_id, quantity, price, cancelled_invoice, @source_file
FROM ingest_classified
WHERE occurrence = 1 AND reason IS NULL AND stored_state = 'new'
