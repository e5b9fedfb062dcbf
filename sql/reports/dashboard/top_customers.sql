-- Dashboard (R8.2): the 10 customers with the most revenue in the filtered sales.
WITH
{{filtered_sales}}

SELECT
    customer_id,
    any(region) AS region,
    sum(revenue) AS revenue,
    count() AS orders
FROM filtered_sales
GROUP BY customer_id
ORDER BY revenue DESC, customer_id
LIMIT 10
