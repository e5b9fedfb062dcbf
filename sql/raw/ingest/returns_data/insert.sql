-- Inserts the returns_data rows one classified file adds: its clean first occurrences of return ids not yet stored,
-- read straight from ingest_staging less every line ingest_classified holds (repeats, rejects, stored and changed
-- rows), as sales_data/insert.sql does and for the same reasons (NOT IN answered from one hash; a plain INSERT under
-- classify.sql's lock). The affected rows count as loaded.
-- @source_file: the source file name.
INSERT INTO returns_data (return_id, return_date, product_id, customer_id, quantity, price, cancelled_invoice, source_file)
SELECT staged.return_id, staged.return_date, staged.product_id, staged.customer_id, staged.quantity, staged.price,
       staged.cancelled_invoice, @source_file
FROM ingest_staging AS staged
WHERE staged.reject_reason IS NULL
  AND staged.line_number NOT IN (SELECT classified.line_number FROM ingest_classified AS classified)
