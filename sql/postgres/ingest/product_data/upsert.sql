-- Merges the clean first occurrences of one classified product_data file into product_data: new ids are
-- inserted, changed content updates the row and bumps updated_at, rows identical to the stored ones are
-- left untouched. The affected-row count is what the file loaded; the untouched rows are duplicates.
-- $1: the source file name.
INSERT INTO product_data AS stored (product_id, name, category, supplier, price, source_file)
SELECT product_id, name, category, supplier, price, $1
FROM ingest_classified
WHERE occurrence = 1 AND reason IS NULL
ON CONFLICT (product_id) DO UPDATE
    SET name = excluded.name, category = excluded.category, supplier = excluded.supplier,
        price = excluded.price, source_file = excluded.source_file, updated_at = now()
    WHERE (stored.name, stored.category, stored.supplier, stored.price)
        IS DISTINCT FROM
          (excluded.name, excluded.category, excluded.supplier, excluded.price)
