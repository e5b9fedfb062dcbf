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

ranked AS (
    -- One pass: which occurrence of its id each valid row is, and whether it repeats the first one.
    SELECT
        *,
        row_number() OVER by_key AS occurrence,
        first_value(line_number) OVER by_key AS first_line,
        (name, category, supplier, price) IS NOT DISTINCT FROM (
            first_value(name) OVER by_key, first_value(category) OVER by_key,
            first_value(supplier) OVER by_key, first_value(price) OVER by_key
        ) AS same_as_first
    FROM staged
    WHERE reject_reason IS NULL
    WINDOW by_key AS (PARTITION BY product_id ORDER BY line_number)
),

classified AS (
    SELECT
        *,
        CASE WHEN NOT same_as_first
            THEN format('conflicting duplicate: product_id "%s" first appears on line %s with other content', product_id, first_line)
        END AS reason
    FROM ranked
),

rejected AS (
    SELECT line_number, raw_record, reject_reason AS reason FROM staged WHERE reject_reason IS NOT NULL
    UNION ALL
    SELECT line_number, raw_record, reason FROM classified WHERE reason IS NOT NULL
),

quarantined AS (
    INSERT INTO quarantine (source_file, line_number, target_table, reason, raw_record)
    SELECT $1, line_number, 'product_data', reason, raw_record FROM rejected
    ON CONFLICT (source_file, line_number, target_table) DO NOTHING
),

merged AS (
    INSERT INTO product_data AS stored (product_id, name, category, supplier, price, source_file)
    SELECT product_id, name, category, supplier, price, $1
    FROM classified
    WHERE occurrence = 1 AND reason IS NULL
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
    (SELECT count(*) FROM classified WHERE reason IS NULL) - (SELECT count(*) FROM merged) AS duplicate_rows,
    (SELECT count(*) FROM rejected) AS quarantined_rows
