-- fact_sales_staging: the sales this run loads, built from the extracted sales that break no contract rule.
-- One row per sale_id: a key landed once (nearly always every key) passes straight through; a key in
-- daily_duplicate_keys keeps deterministically its latest version (the smallest remaining column values
-- break a tie on updated_at), a sort of those few rows only. Typed per the contract (Decimal money, UTC
-- instants, Int32 ids), with revenue = quantity x price. loaded_at is the run's PostgreSQL clock reading
-- ({loaded_at}).
INSERT INTO fact_sales_staging (sale_id, sale_date, product_id, customer_id, quantity, price, revenue, updated_at, loaded_at)
WITH
valid AS (
    SELECT sale_id, sale_date, product_id, customer_id, quantity, price, updated_at
    FROM daily_checked_sales
    WHERE broken_rules = 0
),

landed_once AS (
    SELECT *
    FROM valid
    WHERE sale_id NOT IN (SELECT sale_id FROM daily_duplicate_keys)
),

latest_of_repeated AS (
    SELECT *
    FROM valid
    WHERE sale_id IN (SELECT sale_id FROM daily_duplicate_keys)
    ORDER BY sale_id, updated_at DESC, sale_date, product_id, customer_id, quantity, price
    LIMIT 1 BY sale_id
),

latest AS (
    SELECT * FROM landed_once
    UNION ALL
    SELECT * FROM latest_of_repeated
),

typed AS (
    SELECT
        assumeNotNull(sale_id) AS sale_id,
        toDateTime64(assumeNotNull(sale_date), 6, 'UTC') AS sale_date,
        assumeNotNull(product_id) AS product_id,
        toInt32(customer_id) AS customer_id,
        toInt32(quantity) AS quantity,
        toDecimal64(assumeNotNull(price), 2) AS price,
        toDecimal64(toDecimal128(quantity, 0) * price, 2) AS revenue,
        updated_at,
        {loaded_at:DateTime64(6, 'UTC')} AS loaded_at
    FROM latest
)

SELECT * FROM typed
-- Inserts sort and write a quarter of a million rows at a time, so memory does not grow with the extract.
SETTINGS max_insert_block_size = 262144, min_insert_block_size_rows = 262144, min_insert_block_size_bytes = 67108864
