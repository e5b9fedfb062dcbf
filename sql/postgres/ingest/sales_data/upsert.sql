-- Merges the clean first occurrences of one classified sales_data file into sales_data: new ids are
-- inserted, changed content updates the row and bumps updated_at, rows identical to the stored ones are
-- left untouched. The affected-row count is what the file loaded; the untouched rows are duplicates.
-- $1: the source file name.
INSERT INTO sales_data AS stored (sale_id, sale_date, product_id, customer_id, quantity, price, source_file)
SELECT sale_id, sale_date, product_id, customer_id, quantity, price, $1
FROM ingest_classified
WHERE occurrence = 1 AND reason IS NULL
ON CONFLICT (sale_id) DO UPDATE
    SET sale_date = excluded.sale_date, product_id = excluded.product_id, customer_id = excluded.customer_id,
        quantity = excluded.quantity, price = excluded.price, source_file = excluded.source_file, updated_at = now()
    WHERE (stored.sale_date, stored.product_id, stored.customer_id, stored.quantity, stored.price)
        IS DISTINCT FROM
          (excluded.sale_date, excluded.product_id, excluded.customer_id, excluded.quantity, excluded.price)
