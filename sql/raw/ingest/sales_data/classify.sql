-- Classifies the valid rows of one staged sales_data file (ingest_staging) into ingest_classified: which
-- occurrence of its sale_id each row is in file order, and a reason when it must be quarantined.
--   same sale_id again, same content                      -> no reason: a duplicate
--   same sale_id again, other content                     -> conflicting duplicate (the first line in the file wins)
--   first occurrence naming an unknown product / customer -> unknown reference
--   first occurrence, as stored or not                    -> stored_state: new, changed or stored (identical)
-- First occurrences without a reason are what update.sql (changed) and insert.sql (new) merge.
-- The table is locked first against other writers (readers go on) until the file commits, so the stored
-- state read here is still true when update.sql and insert.sql write: two ingests of the same table run one
-- after the other instead of racing for the same ids. Comparing here, before anything is written, also
-- means insert.sql never reads the table it is filling. ANALYZE: temp tables are never auto-analyzed.
LOCK TABLE sales_data IN SHARE ROW EXCLUSIVE MODE;

CREATE TEMP TABLE ingest_classified ON COMMIT DROP AS
WITH valid AS (
    SELECT * FROM ingest_staging WHERE reject_reason IS NULL
),

ranked AS (
    SELECT
        *,
        row_number() OVER by_key AS occurrence,
        first_value(line_number) OVER by_key AS first_line,
        (sale_date, product_id, customer_id, quantity, price) IS NOT DISTINCT FROM (
            first_value(sale_date) OVER by_key, first_value(product_id) OVER by_key, first_value(customer_id) OVER by_key,
            first_value(quantity) OVER by_key, first_value(price) OVER by_key
        ) AS same_as_first
    FROM valid
    WINDOW by_key AS (PARTITION BY sale_id ORDER BY line_number)
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
)

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
FROM compared;

ANALYZE ingest_classified
