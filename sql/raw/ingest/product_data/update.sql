-- Updates the product_data rows whose content one classified file changes (stored_state 'changed', see
-- classify.sql): the file's clean first occurrence replaces the stored content, source_file names the file
-- and updated_at is bumped; ingested_at stays. The affected rows count as loaded.
-- @source_file: the source file name.
UPDATE product_data AS stored
SET name = changed.name, category = changed.category, supplier = changed.supplier, price = changed.price,
    source_file = @source_file, updated_at = now()
FROM ingest_classified AS changed
WHERE changed.occurrence = 1 AND changed.reason IS NULL AND changed.stored_state = 'changed'
    AND stored.product_id = changed.product_id
