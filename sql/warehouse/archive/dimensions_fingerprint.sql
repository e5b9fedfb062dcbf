-- Every attribute of both dimensions as one number (an order-independent sum of each row's hash; formatRow spells
-- a NULL, so it changes the hash too): a monthly run pushes them into the archive for the SCD2 merge only when they
-- changed since its last push, since merging the same dimensions again at a later month writes nothing.
WITH
products AS (
    SELECT sum(cityHash64(formatRow('TSV', product_id, name, category, supplier, price))) AS fingerprint FROM dim_product
),

customers AS (
    SELECT sum(cityHash64(formatRow('TSV', customer_id, age, gender, city, region, country, registration_date))) AS fingerprint
    FROM dim_customer
)

SELECT reinterpretAsInt64((SELECT fingerprint FROM products) + (SELECT fingerprint FROM customers)) AS fingerprint
