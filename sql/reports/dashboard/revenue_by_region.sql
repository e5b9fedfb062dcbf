-- Dashboard (R8.2): the regions compared: revenue, orders, customers and average check by the customer's current
-- region, of the filtered sales.
WITH
{{filtered_sales}}

SELECT
    region,
    sum(revenue) AS revenue,
    count() AS orders,
    uniqExact(customer_id) AS customers,
    CAST(round(toDecimal128(revenue, 6) / orders, 2) AS Decimal(18, 2)) AS avg_check
FROM filtered_sales
GROUP BY region
ORDER BY revenue DESC, region
