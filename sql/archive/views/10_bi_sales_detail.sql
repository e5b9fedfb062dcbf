-- BI view (R8.4): every archived sale with its product and customer as they were when the sale happened.
-- Built from: historical_sales, and the SCD type 2 versions of historical_products and historical_customers
-- whose validity covers the sale's instant. The base of the other BI views and of the historical reports.
-- Calendar fields are UTC; seasons are meteorological (winter = December to February), each month counted in
-- its own calendar year (December 2023 belongs to winter 2023). Age bands are ClickHouse dim_customer's.
-- A sale whose product or customer has no archived version shows 'unknown' rather than disappearing, and
-- versions_found false (the monthly summaries count such sales, so a later version rebuilds their month).
CREATE OR REPLACE VIEW bi_sales_detail AS
WITH sales AS (
    SELECT sale_id, sale_date, product_id, customer_id, quantity, price, revenue
    FROM historical_sales
),

products AS (
    SELECT product_id, name, category, supplier, valid_from, valid_to
    FROM historical_products
),

customers AS (
    SELECT customer_id, age, gender, city, region, country, valid_from, valid_to
    FROM historical_customers
),

sales_in_utc AS (
    SELECT sales.*, sale_date AT TIME ZONE 'UTC' AS sale_time
    FROM sales
)

SELECT
    s.sale_id,
    s.sale_date,
    s.sale_time::date                                    AS sale_day,
    date_trunc('month', s.sale_time)::date               AS sale_month,
    date_trunc('quarter', s.sale_time)::date             AS sale_quarter,
    extract(year FROM s.sale_time)::integer              AS sale_year,
    CASE
        WHEN extract(month FROM s.sale_time) IN (12, 1, 2) THEN 'winter'
        WHEN extract(month FROM s.sale_time) IN (3, 4, 5) THEN 'spring'
        WHEN extract(month FROM s.sale_time) IN (6, 7, 8) THEN 'summer'
        ELSE 'autumn'
    END                                                  AS season,
    s.product_id,
    p.name                                               AS product_name,
    coalesce(p.category, 'unknown')                    AS category,
    p.supplier,
    s.customer_id,
    c.age,
    CASE
        WHEN c.age IS NULL THEN 'unknown'
        WHEN c.age < 18 THEN '14-17'
        WHEN c.age < 25 THEN '18-24'
        WHEN c.age < 35 THEN '25-34'
        WHEN c.age < 45 THEN '35-44'
        WHEN c.age < 55 THEN '45-54'
        WHEN c.age < 65 THEN '55-64'
        ELSE '65+'
    END                                                  AS age_band,
    coalesce(c.gender, 'unknown')                      AS gender,
    coalesce(c.city, 'unknown')                        AS city,
    coalesce(c.region, 'unknown')                      AS region,
    coalesce(c.country, 'unknown')                     AS country,
    s.quantity,
    s.price,
    s.revenue,
    p.product_id IS NOT NULL AND c.customer_id IS NOT NULL  AS versions_found
FROM sales_in_utc AS s
LEFT JOIN products AS p
    ON p.product_id = s.product_id AND s.sale_date >= p.valid_from AND s.sale_date < p.valid_to
LEFT JOIN customers AS c
    ON c.customer_id = s.customer_id AND s.sale_date >= c.valid_from AND s.sale_date < c.valid_to;
