-- Every table of the database (each partition of a partitioned table on its own, so a month's rows are one line) with
-- its row count and an order-independent checksum: the sum of a 64-bit hash (md5's first 16 hex digits) of each row's
-- text. query_to_xml runs the per-table query inside this one statement, so all figures come from the statement's (or
-- the transaction's) snapshot. The system schemas are left out; Strata's own (public, strata_meta, ...) are in.
SELECT n.nspname || '.' || c.relname AS name,
       (xpath('/row/rows/text()', figures))[1]::text::bigint AS rows,
       (xpath('/row/checksum/text()', figures))[1]::text AS checksum
FROM pg_class AS c
JOIN pg_namespace AS n ON n.oid = c.relnamespace
CROSS JOIN LATERAL query_to_xml(format(
    'SELECT count(*) AS rows, coalesce(sum((''x'' || left(md5(t::text), 16))::bit(64)::bigint::numeric), 0) AS checksum FROM %I.%I AS t',
    n.nspname, c.relname), false, true, '') AS figures
WHERE c.relkind = 'r'
  AND n.nspname NOT IN ('information_schema', 'gp_toolkit')
  AND n.nspname NOT LIKE 'pg\_%'
ORDER BY name
