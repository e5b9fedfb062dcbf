-- The raw tier's tables that hold any row: the benchmark refuses to load into a raw tier that is not empty
-- (unless told to empty it), so it can never mix its generated sales into, or wipe, a user's real data.
-- EXISTS stops at the first row, so the check costs nothing however big the tables are.
WITH
raw_tables (table_name, has_rows) AS (
    VALUES
        ('customer_data', EXISTS (SELECT 1 FROM customer_data)),
        ('product_data',  EXISTS (SELECT 1 FROM product_data)),
        ('sales_data',    EXISTS (SELECT 1 FROM sales_data)),
        ('returns_data',  EXISTS (SELECT 1 FROM returns_data)),
        ('quarantine',    EXISTS (SELECT 1 FROM quarantine)),
        ('load_ledger',   EXISTS (SELECT 1 FROM load_ledger))
)

SELECT table_name
FROM raw_tables
WHERE has_rows
ORDER BY table_name
