-- daily_clean_sales: the sales this run loads, built from the extracted sales that break no contract rule.
-- One row per sale_id, deterministically the latest version (updated_at, then the column values, break
-- ties); the landing table is sorted by (sale_id, updated_at), so this streams in key order. Typed per the
-- contract (Decimal money, UTC instants, Int32 ids), with revenue = quantity x price. loaded_at is the
-- run's PostgreSQL clock reading ({loaded_at}).
INSERT INTO daily_clean_sales (sale_id, sale_date, product_id, customer_id, quantity, price, revenue, updated_at, loaded_at)
WITH
valid AS (
    SELECT * FROM daily_checked_sales WHERE empty(reasons)
),

latest AS (
    SELECT *
    FROM valid
    ORDER BY sale_id, updated_at DESC, sale_date DESC, product_id DESC, customer_id DESC, quantity DESC, price DESC
    LIMIT 1 BY sale_id
),

typed AS (
    SELECT
        assumeNotNull(sale_id) AS sale_id,
        toDateTime64(assumeNotNull(sale_date), 6, 'UTC') AS sale_date,
        assumeNotNull(product_id) AS product_id,
        toInt32(customer_id) AS customer_id,
        toInt32(quantity) AS quantity,
        toDecimal64(assumeNotNull(price), 2) AS price,
        toDecimal64(quantity * price, 2) AS revenue,
        updated_at,
        {loaded_at:DateTime64(6, 'UTC')} AS loaded_at
    FROM latest
)

SELECT * FROM typed
