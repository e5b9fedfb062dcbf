-- Whether the business table @table holds no row yet: its first load then defers its secondary indexes and
-- foreign keys (deferrable.sql). EXISTS stops at the first row, so the question costs nothing however big
-- the table. Asked after classify.sql locked the table against other writers, so the answer holds until the
-- file commits. Dropping and rebuilding indexes and keys takes the table's owner: a role that only writes rows
-- (strata_etl, which the pipelines run as in a deployment) answers false and inserts row by row, correct but slower.
WITH business_tables (table_name, is_empty) AS (
    VALUES
        ('customer_data', NOT EXISTS (SELECT FROM customer_data)),
        ('product_data',  NOT EXISTS (SELECT FROM product_data)),
        ('sales_data',    NOT EXISTS (SELECT FROM sales_data)),
        ('returns_data',  NOT EXISTS (SELECT FROM returns_data))
)

SELECT is_empty AND pg_has_role(tables.relowner, 'MEMBER') AS is_empty
FROM business_tables
JOIN pg_class AS tables ON tables.oid = business_tables.table_name::regclass
WHERE table_name = @table
