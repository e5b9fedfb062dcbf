-- summary_products_staging: per product, over the whole history: units, revenue, distinct customers, and the
-- first and last sale, merged from product_months (months x products rows; the buyers' bitmaps merge exactly, so
-- a customer buying in several months counts once). Products never sold are left out.
-- A product that has left the dimension (its row now quarantined) keeps its sales, named 'unknown'.
INSERT INTO summary_products_staging (product_id, name, category, units, revenue, customers, first_sale, last_sale)
WITH
products AS (
    SELECT product_id, name, category FROM dim_product
),

per_product AS (
    SELECT
        toString(product_id) AS product_id,
        sum(units) AS units,
        sum(revenue) AS revenue,
        groupBitmapMerge(customers) AS customers,
        min(first_sale) AS first_sale,
        max(last_sale) AS last_sale
    FROM product_months
    GROUP BY product_id
)

SELECT per_product.product_id, ifNull(products.name, 'unknown'), ifNull(products.category, 'unknown'), units, revenue, customers, first_sale, last_sale
FROM per_product
LEFT JOIN products ON products.product_id = per_product.product_id
SETTINGS join_use_nulls = 1
