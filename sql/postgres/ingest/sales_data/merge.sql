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

ranked AS (
    -- One pass: which occurrence of its id each valid row is, and whether it repeats the first one.
    SELECT
        *,
        row_number() OVER by_key AS occurrence,
        first_value(line_number) OVER by_key AS first_line,
        (sale_date, product_id, customer_id, quantity, price) IS NOT DISTINCT FROM (
            first_value(sale_date) OVER by_key, first_value(product_id) OVER by_key, first_value(customer_id) OVER by_key,
            first_value(quantity) OVER by_key, first_value(price) OVER by_key
        ) AS same_as_first
    FROM staged
    WHERE reject_reason IS NULL
    WINDOW by_key AS (PARTITION BY sale_id ORDER BY line_number)
),

classified AS (
    SELECT
        ranked.*,
        CASE
            WHEN NOT same_as_first
                THEN format('conflicting duplicate: sale_id %s first appears on line %s with other content', ranked.sale_id, first_line)
            WHEN occurrence = 1 AND (products.product_id IS NULL OR customers.customer_id IS NULL)
                THEN concat_ws('; ',
                    CASE WHEN products.product_id IS NULL
                        THEN format('unknown reference: product_id "%s" is not in product_data', ranked.product_id) END,
                    CASE WHEN customers.customer_id IS NULL
                        THEN format('unknown reference: customer_id %s is not in customer_data', ranked.customer_id) END)
        END AS reason
    FROM ranked
    LEFT JOIN product_data AS products ON products.product_id = ranked.product_id
    LEFT JOIN customer_data AS customers ON customers.customer_id = ranked.customer_id
),

rejected AS (
    SELECT line_number, raw_record, reject_reason AS reason FROM staged WHERE reject_reason IS NOT NULL
    UNION ALL
    SELECT line_number, raw_record, reason FROM classified WHERE reason IS NOT NULL
),

quarantined AS (
    INSERT INTO quarantine (source_file, line_number, target_table, reason, raw_record)
    SELECT $1, line_number, 'sales_data', reason, raw_record FROM rejected
    ON CONFLICT (source_file, line_number, target_table) DO NOTHING
),

merged AS (
    INSERT INTO sales_data AS stored (sale_id, sale_date, product_id, customer_id, quantity, price, source_file)
    SELECT sale_id, sale_date, product_id, customer_id, quantity, price, $1
    FROM classified
    WHERE occurrence = 1 AND reason IS NULL
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
    (SELECT count(*) FROM classified WHERE reason IS NULL) - (SELECT count(*) FROM merged) AS duplicate_rows,
    (SELECT count(*) FROM rejected) AS quarantined_rows
