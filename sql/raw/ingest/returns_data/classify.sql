-- Classifies the valid rows of one staged returns_data file (ingest_staging) into ingest_classified, by the rules
-- sales_data/classify.sql follows for sales: every valid row whose outcome is anything but "a new return", with its
-- occurrence of return_id in file order and a reason when it must be quarantined (a conflicting duplicate, an unknown
-- product or customer); stored_state (new, changed or stored) says what update.sql does with a clean first occurrence.
-- The clean first occurrences of new return_ids are not copied here: insert.sql reads them from ingest_staging less
-- the lines listed here. Only the keys in ingest_repeated_keys are numbered; every other row is its key's first and
-- only occurrence. The table is locked against other writers until the file commits, as sales_data is.
LOCK TABLE returns_data IN SHARE ROW EXCLUSIVE MODE;

CREATE TEMP TABLE ingest_classified ON COMMIT DROP AS
WITH valid AS NOT MATERIALIZED (
    SELECT * FROM ingest_staging WHERE reject_reason IS NULL
),

repeats AS (
    SELECT
        line_number,
        row_number() OVER by_key AS occurrence,
        first_value(line_number) OVER by_key AS first_line,
        (return_date, product_id, customer_id, quantity, price, cancelled_invoice) IS NOT DISTINCT FROM (
            first_value(return_date) OVER by_key, first_value(product_id) OVER by_key, first_value(customer_id) OVER by_key,
            first_value(quantity) OVER by_key, first_value(price) OVER by_key, first_value(cancelled_invoice) OVER by_key
        ) AS same_as_first
    FROM valid
    WHERE return_id IN (SELECT return_id FROM ingest_repeated_keys)
    WINDOW by_key AS (PARTITION BY return_id ORDER BY line_number)
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
            WHEN stored.return_id IS NULL THEN 'new'
            WHEN (stored.return_date, stored.product_id, stored.customer_id, stored.quantity, stored.price, stored.cancelled_invoice)
                IS NOT DISTINCT FROM (referenced.return_date, referenced.product_id, referenced.customer_id, referenced.quantity,
                                      referenced.price, referenced.cancelled_invoice) THEN 'stored'
            ELSE 'changed'
        END AS stored_state
    FROM referenced
    LEFT JOIN returns_data AS stored ON stored.return_id = referenced.return_id
),

classified AS (
    SELECT
        *,
        CASE
            WHEN NOT same_as_first
                THEN format('conflicting duplicate: return_id %s first appears on line %s with other content', return_id, first_line)
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
