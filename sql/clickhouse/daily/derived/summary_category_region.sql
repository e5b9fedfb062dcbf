-- summary_category_region_staging: all-time revenue, units, orders and distinct customers per product
-- category x customer region, from fact_sales and the dimensions.
INSERT INTO summary_category_region_staging (category, region, revenue, units, orders, customers)
WITH
sales AS (
    SELECT product_id, customer_id, quantity, revenue FROM fact_sales
),

products AS (
    SELECT product_id, category FROM dim_product
),

customers AS (
    SELECT customer_id, region FROM dim_customer
),

enriched AS (
    SELECT products.category AS category, ifNull(customers.region, 'unknown') AS region, sales.customer_id AS customer_id, sales.quantity AS quantity, sales.revenue AS revenue
    FROM sales
    INNER JOIN products ON products.product_id = sales.product_id
    INNER JOIN customers ON customers.customer_id = sales.customer_id
)

SELECT category, region, sum(revenue), sum(quantity), count(), uniqExact(customer_id)
FROM enriched
GROUP BY category, region
