-- summary_products_staging: per product, over the whole of fact_sales: units, revenue, distinct customers,
-- and the first and last sale. Products never sold are left out.
-- A product that has left the dimension (its row now quarantined) keeps its sales, named 'unknown'.
-- Distinct customers are counted exactly with a bitmap per group (compact for integer ids, so memory stays
-- small however many sales there are).
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
        groupBitmap(toUInt32(customer_id)) AS customers,
        min(sale_date) AS first_sale,
        max(sale_date) AS last_sale
    FROM sales
    GROUP BY product_id
)

SELECT per_product.product_id, ifNull(products.name, 'unknown'), ifNull(products.category, 'unknown'), units, revenue, customers, first_sale, last_sale
FROM per_product
LEFT JOIN products ON products.product_id = per_product.product_id
SETTINGS join_use_nulls = 1
