-- Classifies the valid rows of one staged sales_data file (ingest_staging). ingest_classified receives every
-- valid row whose outcome is anything but "a new sale", with its occurrence of sale_id in file order and a
-- reason when it must be quarantined:
--   same sale_id again, same content                      -> no reason: a duplicate
--   same sale_id again, other content                     -> conflicting duplicate (the first line in the file wins)
--   first occurrence naming an unknown product / customer -> unknown reference
--   first occurrence, as stored or changed                -> stored_state: stored (identical) or changed
-- The clean first occurrences of new sale_ids (every row of a first load, bar its rejects) are not copied here:
-- insert.sql reads them from ingest_staging, leaving out the lines listed here, so they are written once more,
-- not twice. Only the keys in ingest_repeated_keys are numbered (a sort of their rows alone); every other
-- row is its key's first and only occurrence. The references are checked set-based, one hash of each
-- dimension, so the loaded rows need no foreign-key check of their own (see TableMerge).
-- The table is locked first against other writers (readers go on) until the file commits, so the stored
-- state read here is still true when update.sql and insert.sql write: two ingests of the same table run one
-- after the other instead of racing for the same ids. Comparing here, before anything is written, also
-- means insert.sql never reads the table it is filling. ANALYZE: temp tables are never auto-analyzed.
LOCK TABLE sales_data IN SHARE ROW EXCLUSIVE MODE;

CREATE TEMP TABLE ingest_classified ON COMMIT DROP AS
WITH valid AS NOT MATERIALIZED (
    SELECT * FROM ingest_staging WHERE reject_reason IS NULL
),

repeats AS (
    SELECT
        line_number,
        row_number() OVER by_key AS occurrence,
        first_value(line_number) OVER by_key AS first_line,
        (sale_date, product_id, customer_id, quantity, price) IS NOT DISTINCT FROM (
            first_value(sale_date) OVER by_key, first_value(product_id) OVER by_key, first_value(customer_id) OVER by_key,
            first_value(quantity) OVER by_key, first_value(price) OVER by_key
        ) AS same_as_first
    FROM valid
    WHERE sale_id IN (SELECT sale_id FROM ingest_repeated_keys)
    WINDOW by_key AS (PARTITION BY sale_id ORDER BY line_number)
),

ranked AS (
    SELECT
        valid.*,
        coalesce(repeats.occurrence, 1) AS occurrence,
        coalesce(repeats.first_line, valid.line_number) AS first_line,
        coalesce(repeats.same_as_first, true) AS same_as_first
    FROM valid
    LEFT JOIN repeats ON repeats.line_number = valid.line_number
),

referenced AS (
    SELECT ranked.*, products.product_id IS NULL AS unknown_product, customers.customer_id IS NULL AS unknown_customer
    FROM ranked
    LEFT JOIN product_data AS products ON products.product_id = ranked.product_id
    LEFT JOIN customer_data AS customers ON customers.customer_id = ranked.customer_id
),

compared AS (
    SELECT
        referenced.*,
        CASE
            WHEN stored.sale_id IS NULL THEN 'new'
            WHEN (stored.sale_date, stored.product_id, stored.customer_id, stored.quantity, stored.price)
                IS NOT DISTINCT FROM (referenced.sale_date, referenced.product_id, referenced.customer_id, referenced.quantity, referenced.price) THEN 'stored'
            ELSE 'changed'
        END AS stored_state
    FROM referenced
    LEFT JOIN sales_data AS stored ON stored.sale_id = referenced.sale_id
),

classified AS (
    SELECT
        *,
        CASE
            WHEN NOT same_as_first
                THEN format('conflicting duplicate: sale_id %s first appears on line %s with other content', sale_id, first_line)
            WHEN occurrence = 1 AND (unknown_product OR unknown_customer)
                THEN concat_ws('; ',
                    CASE WHEN unknown_product THEN format('unknown reference: product_id "%s" is not in product_data', product_id) END,
                    CASE WHEN unknown_customer THEN format('unknown reference: customer_id %s is not in customer_data', customer_id) END)
        END AS reason
    FROM compared
)

SELECT *
FROM classified
WHERE NOT (occurrence = 1 AND reason IS NULL AND stored_state = 'new');

ANALYZE ingest_classified
