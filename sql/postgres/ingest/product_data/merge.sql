-- Merges one staged product_data file (ingest_staging) into product_data and quarantine, and returns
-- the file's counts, which always satisfy read = loaded + duplicates + quarantined.
--   rejected by cleaning                          -> quarantine (reason from C#)
--   same product_id again, same content           -> duplicate
--   same product_id again, other content          -> quarantine (the first line in the file wins)
--   first occurrence: new id or changed content   -> inserted / updated (updated_at bumped) = loaded
--   first occurrence: identical to the stored row -> duplicate (so a re-ingest changes nothing)
-- $1: the source file name.
WITH staged AS NOT MATERIALIZED (
    SELECT * FROM ingest_staging
),

valid AS (
    SELECT *, row_number() OVER (PARTITION BY product_id ORDER BY line_number) AS occurrence
    FROM staged
    WHERE reject_reason IS NULL
),

first_seen AS (
    SELECT * FROM valid WHERE occurrence = 1
),

repeats AS (
    SELECT
        later.line_number,
        later.raw_record,
        later.product_id,
        first_seen.line_number AS first_line,
        (later.name, later.category, later.supplier, later.price)
            IS NOT DISTINCT FROM
        (first_seen.name, first_seen.category, first_seen.supplier, first_seen.price)
            AS same_content
    FROM valid AS later
    JOIN first_seen USING (product_id)
    WHERE later.occurrence > 1
),

rejected AS (
    SELECT line_number, raw_record, reject_reason AS reason
    FROM staged
    WHERE reject_reason IS NOT NULL
    UNION ALL
    SELECT line_number, raw_record,
           format('conflicting duplicate: product_id "%s" first appears on line %s with other content', product_id, first_line)
    FROM repeats
    WHERE NOT same_content
),

quarantined AS (
    INSERT INTO quarantine (source_file, line_number, target_table, reason, raw_record)
    SELECT $1, line_number, 'product_data', reason, raw_record FROM rejected
    ON CONFLICT (source_file, line_number, target_table) DO NOTHING
),

merged AS (
    INSERT INTO product_data AS stored (product_id, name, category, supplier, price, source_file)
    SELECT product_id, name, category, supplier, price, $1 FROM first_seen
    ON CONFLICT (product_id) DO UPDATE
        SET name = excluded.name, category = excluded.category, supplier = excluded.supplier,
            price = excluded.price, source_file = excluded.source_file, updated_at = now()
        WHERE (stored.name, stored.category, stored.supplier, stored.price)
            IS DISTINCT FROM
              (excluded.name, excluded.category, excluded.supplier, excluded.price)
    RETURNING 1
)

SELECT
    (SELECT count(*) FROM staged) AS read_rows,
    (SELECT count(*) FROM merged) AS loaded_rows,
    (SELECT count(*) FROM repeats WHERE same_content)
        + (SELECT count(*) FROM first_seen) - (SELECT count(*) FROM merged) AS duplicate_rows,
    (SELECT count(*) FROM rejected) AS quarantined_rows
