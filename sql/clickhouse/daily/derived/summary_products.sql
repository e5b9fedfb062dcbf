-- summary_products_staging: per product, over the whole of fact_sales: units, revenue, distinct customers,
-- and the first and last sale. Products never sold are left out.
-- A product that has left the dimension (its row now quarantined) keeps its sales, named 'unknown'.
INSERT INTO summary_products_staging (product_id, name, category, units, revenue, customers, first_sale, last_sale)
WITH
sales AS (
    SELECT product_id, customer_id, quantity, revenue, sale_date FROM fact_sales
),

products AS (
    SELECT product_id, name, category FROM dim_product
),

per_product AS (
    SELECT
        product_id,
        sum(quantity) AS units,
        sum(revenue) AS revenue,
        uniqExact(customer_id) AS customers,
        min(sale_date) AS first_sale,
        max(sale_date) AS last_sale
    FROM sales
    GROUP BY product_id
)

SELECT per_product.product_id, ifNull(products.name, 'unknown'), ifNull(products.category, 'unknown'), units, revenue, customers, first_sale, last_sale
FROM per_product
LEFT JOIN products ON products.product_id = per_product.product_id
-- Exact distinct counts hold a set per group; past 256 MB the aggregation spills to disk instead of growing
-- with the number of sales.
SETTINGS join_use_nulls = 1, max_bytes_before_external_group_by = 268435456
