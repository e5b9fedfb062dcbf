-- Updates the returns_data rows whose content one classified file changes (stored_state 'changed', see
-- classify.sql): the file's clean first occurrence replaces the stored content, source_file names the file and
-- updated_at is bumped; ingested_at stays. The affected rows count as loaded.
-- @source_file: the source file name.
UPDATE returns_data AS stored
SET return_date = changed.return_date, product_id = changed.product_id, customer_id = changed.customer_id,
    quantity = changed.quantity, price = changed.price, cancelled_invoice = changed.cancelled_invoice,
    source_file = @source_file, updated_at = now()
FROM ingest_classified AS changed
WHERE changed.occurrence = 1 AND changed.reason IS NULL AND changed.stored_state = 'changed'
    AND stored.return_id = changed.return_id
