-- Dashboard (R8.2): the 10 products with the most revenue in the filtered sales, with their share of it.
WITH
{{filtered_sales}}

SELECT
    product_id,
    any(product_name) AS name,
    any(category) AS category,
    sum(revenue) AS revenue,
    sum(quantity) AS units
FROM filtered_sales
GROUP BY product_id
ORDER BY revenue DESC, product_id
LIMIT 10
