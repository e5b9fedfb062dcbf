-- What the first load into the empty table @table sets aside while it inserts: its indexes (a primary key or
-- unique constraint too, unless another table's foreign key depends on it) and its foreign keys, each with the
-- statement that drops it and the one that creates it again exactly as it was, both spelt by PostgreSQL from
-- its own catalog. Maintaining sales_data's five indexes and firing its two foreign-key triggers row by row
-- cost about three quarters of a first load; building each index once from all the rows and validating each
-- foreign key with one query (which cannot fail: classify.sql already quarantined every unknown reference, and
-- kept one row per key) costs a fraction of it. Restored in this order: indexes and keys, then foreign keys
-- (which need the referenced keys).
WITH
target AS (
    SELECT @table::regclass AS relation
),

depended_on AS (
    SELECT conindid AS index_id FROM pg_constraint WHERE contype = 'f'
),

plain_indexes AS (
    SELECT
        1 AS restore_order,
        index.indexrelid::regclass::text AS name,
        format('DROP INDEX %s', index.indexrelid::regclass) AS drop_statement,
        pg_get_indexdef(index.indexrelid) AS create_statement
    FROM pg_index AS index
    JOIN target ON target.relation = index.indrelid
    WHERE NOT EXISTS (SELECT FROM pg_constraint AS owner WHERE owner.conindid = index.indexrelid AND owner.conrelid = index.indrelid)
),

constraints AS (
    SELECT
        CASE WHEN declared.contype = 'f' THEN 2 ELSE 1 END AS restore_order,
        declared.conname::text AS name,
        format('ALTER TABLE %s DROP CONSTRAINT %I', declared.conrelid::regclass, declared.conname) AS drop_statement,
        format('ALTER TABLE %s ADD CONSTRAINT %I %s', declared.conrelid::regclass, declared.conname,
               pg_get_constraintdef(declared.oid)) AS create_statement
    FROM pg_constraint AS declared
    JOIN target ON target.relation = declared.conrelid
    WHERE declared.contype = 'f'
       OR (declared.contype IN ('p', 'u') AND declared.conindid NOT IN (SELECT index_id FROM depended_on))
)

SELECT name, drop_statement, create_statement
FROM (
    SELECT * FROM plain_indexes
    UNION ALL
    SELECT * FROM constraints
) AS deferred_objects
ORDER BY restore_order, name
