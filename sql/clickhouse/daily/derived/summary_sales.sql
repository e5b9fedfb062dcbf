-- summary_sales_staging: revenue, units, orders (sale lines), distinct customers and the average check per
-- UTC day x product category x customer region (NULL when the customer has none), from fact_sales and the
-- dimensions.
-- A sale whose product or customer has left the dimensions (its row now quarantined) still counts: under
-- category 'unknown' and region NULL.
-- Distinct customers are counted exactly with a bitmap per group (compact for integer ids, so memory stays
-- small however many sales there are).
INSERT INTO summary_sales_staging (sale_date, category, region, revenue, units, orders, customers, avg_check)
WITH
sales AS (
    SELECT sale_date, product_id, customer_id, quantity, revenue FROM fact_sales
),

products AS (
    SELECT product_id, category FROM dim_product
),

customers AS (
    SELECT customer_id, region FROM dim_customer
),

enriched AS (
    SELECT
        toDate(sales.sale_date, 'UTC') AS sale_day,
        ifNull(products.category, 'unknown') AS category,
        customers.region AS region,
        sales.customer_id AS customer_id,
        sales.quantity AS quantity,
        sales.revenue AS revenue
    FROM sales
    LEFT JOIN products ON products.product_id = sales.product_id
    LEFT JOIN customers ON customers.customer_id = sales.customer_id
),

aggregated AS (
    SELECT
        sale_day,
        category,
        region,
        sum(revenue) AS revenue,
        sum(quantity) AS units,
        count() AS orders,
        groupBitmap(toUInt32(customer_id)) AS customers
    FROM enriched
    GROUP BY sale_day, category, region
)

SELECT sale_day, category, region, revenue, units, orders, customers, round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM aggregated
SETTINGS join_use_nulls = 1
