-- Merges one staged sales_data file (ingest_staging) into sales_data and quarantine, and returns the
-- file's counts, which always satisfy read = loaded + duplicates + quarantined.
--   rejected by cleaning                                  -> quarantine (reason from C#)
--   same sale_id again, same content                      -> duplicate
--   same sale_id again, other content                     -> quarantine (the first line in the file wins)
--   first occurrence naming an unknown product / customer -> quarantine
--   first occurrence: new id or changed content           -> inserted / updated (updated_at bumped) = loaded
--   first occurrence: identical to the stored row         -> duplicate (so a re-ingest changes nothing)
-- $1: the source file name.
WITH staged AS NOT MATERIALIZED (
    SELECT * FROM ingest_staging
),

valid AS (
    SELECT *, row_number() OVER (PARTITION BY sale_id ORDER BY line_number) AS occurrence
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
        later.sale_id,
        first_seen.line_number AS first_line,
        (later.sale_date, later.product_id, later.customer_id, later.quantity, later.price)
            IS NOT DISTINCT FROM
        (first_seen.sale_date, first_seen.product_id, first_seen.customer_id, first_seen.quantity, first_seen.price)
            AS same_content
    FROM valid AS later
    JOIN first_seen USING (sale_id)
    WHERE later.occurrence > 1
),

referenced AS (
    SELECT
        first_seen.*,
        products.product_id IS NULL AS unknown_product,
        customers.customer_id IS NULL AS unknown_customer
    FROM first_seen
    LEFT JOIN product_data AS products ON products.product_id = first_seen.product_id
    LEFT JOIN customer_data AS customers ON customers.customer_id = first_seen.customer_id
),

rejected AS (
    SELECT line_number, raw_record, reject_reason AS reason
    FROM staged
    WHERE reject_reason IS NOT NULL
    UNION ALL
    SELECT line_number, raw_record,
           format('conflicting duplicate: sale_id %s first appears on line %s with other content', sale_id, first_line)
    FROM repeats
    WHERE NOT same_content
    UNION ALL
    SELECT line_number, raw_record, concat_ws('; ',
           CASE WHEN unknown_product THEN format('unknown reference: product_id "%s" is not in product_data', product_id) END,
           CASE WHEN unknown_customer THEN format('unknown reference: customer_id %s is not in customer_data', customer_id) END)
    FROM referenced
    WHERE unknown_product OR unknown_customer
),

quarantined AS (
    INSERT INTO quarantine (source_file, line_number, target_table, reason, raw_record)
    SELECT $1, line_number, 'sales_data', reason, raw_record FROM rejected
    ON CONFLICT (source_file, line_number, target_table) DO NOTHING
),

merged AS (
    INSERT INTO sales_data AS stored (sale_id, sale_date, product_id, customer_id, quantity, price, source_file)
    SELECT sale_id, sale_date, product_id, customer_id, quantity, price, $1
    FROM referenced
    WHERE NOT (unknown_product OR unknown_customer)
    ON CONFLICT (sale_id) DO UPDATE
        SET sale_date = excluded.sale_date, product_id = excluded.product_id, customer_id = excluded.customer_id,
            quantity = excluded.quantity, price = excluded.price, source_file = excluded.source_file, updated_at = now()
        WHERE (stored.sale_date, stored.product_id, stored.customer_id, stored.quantity, stored.price)
            IS DISTINCT FROM
              (excluded.sale_date, excluded.product_id, excluded.customer_id, excluded.quantity, excluded.price)
    RETURNING 1
)

SELECT
    (SELECT count(*) FROM staged) AS read_rows,
    (SELECT count(*) FROM merged) AS loaded_rows,
    (SELECT count(*) FROM repeats WHERE same_content)
        + (SELECT count(*) FROM referenced WHERE NOT (unknown_product OR unknown_customer))
        - (SELECT count(*) FROM merged) AS duplicate_rows,
    (SELECT count(*) FROM rejected) AS quarantined_rows
