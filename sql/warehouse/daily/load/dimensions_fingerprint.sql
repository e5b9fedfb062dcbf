-- The fingerprint of the dimension attributes sales_cube groups by, in the dimensions this run swapped in (each
-- product's category, each customer's region; an order-independent sum of their hashes), and whether it differs
-- from the one the sales aggregates were last brought up to date with (or none was recorded: a new warehouse). When
-- it differs, every day is recomputed.
WITH
products AS (
    SELECT sum(cityHash64(product_id, toString(category))) AS fingerprint FROM dim_product
),

customers AS (
    SELECT sum(cityHash64(customer_id, isNull(region), ifNull(toString(region), ''))) AS fingerprint FROM dim_customer
),

current AS (
    SELECT reinterpretAsInt64((SELECT fingerprint FROM products) + (SELECT fingerprint FROM customers)) AS fingerprint
),

recorded AS (
    SELECT argMaxOrNull(fingerprint, recorded_at) AS fingerprint FROM aggregates_dimensions
)

SELECT
    (SELECT fingerprint FROM current) AS current_fingerprint,
    (SELECT fingerprint FROM recorded) IS NULL
        OR (SELECT fingerprint FROM recorded) != (SELECT fingerprint FROM current) AS every_day
