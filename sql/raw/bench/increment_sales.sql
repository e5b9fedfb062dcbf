-- The nightly increment `strata bench` ingests after the history's daily load, as a Strata sales CSV: one day's
-- new sales and the corrections of earlier ones, the shape of a real night's feed.
--   new:     12,000 sales on the day after the last sale day, copies of the history's latest 12,000 sales (same
--            products, customers, quantities, prices and times of day) under new sale_ids above every stored one;
--   changed: the history's latest 3,000 sales (by sale_id) with one more unit each (a late correction).
-- 15,000 rows whatever the history's size, so the increment's cost can be compared across sizes. Times are UTC.
-- A COPY ... TO STDOUT takes no parameters, so the counts are written here.
COPY (
    WITH
    latest AS (
        SELECT max(sale_id) AS sale_id, (max(sale_date) AT TIME ZONE 'UTC')::date + 1 AS next_day
        FROM sales_data
    ),

    recent AS (
        SELECT sale_id, sale_date, product_id, customer_id, quantity, price
        FROM sales_data
        ORDER BY sale_id DESC
        LIMIT 12000
    ),

    fresh AS (
        SELECT
            latest.sale_id + row_number() OVER (ORDER BY recent.sale_id) AS sale_id,
            latest.next_day + (recent.sale_date AT TIME ZONE 'UTC')::time AS sale_date,
            recent.product_id, recent.customer_id, recent.quantity, recent.price
        FROM recent
        CROSS JOIN latest
    ),

    corrected AS (
        SELECT sale_id, sale_date AT TIME ZONE 'UTC' AS sale_date, product_id, customer_id, quantity + 1 AS quantity, price
        FROM sales_data
        ORDER BY sale_id DESC
        LIMIT 3000
    ),

    increment AS (
        SELECT * FROM corrected
        UNION ALL
        SELECT * FROM fresh
    )

    SELECT sale_id, to_char(sale_date, 'YYYY-MM-DD HH24:MI:SS') AS sale_date, product_id, customer_id, quantity, price
    FROM increment
    ORDER BY sale_id
) TO STDOUT (FORMAT csv, HEADER true)
