-- Whether the business table @table holds no row yet: its first load then defers its secondary indexes and
-- foreign keys (deferrable.sql). EXISTS stops at the first row, so the question costs nothing however big
-- the table. Asked after classify.sql locked the table against other writers, so the answer holds until the
-- file commits.
WITH business_tables (table_name, is_empty) AS (
    VALUES
        ('customer_data', NOT EXISTS (SELECT FROM customer_data)),
        ('product_data',  NOT EXISTS (SELECT FROM product_data)),
        ('sales_data',    NOT EXISTS (SELECT FROM sales_data))
)

SELECT is_empty
FROM business_tables
WHERE table_name = @table
