-- Dashboard (R8.2): the regions compared: revenue, orders, customers and average check by the customer's current
-- region, of the filtered sales, merged from sales_cube (filtered_cube).
WITH
{{filtered_cube}}

SELECT
    region,
    sum(revenue) AS revenue,
    sum(orders) AS orders,
    groupBitmapMerge(customers) AS customers,
    CAST(round(toDecimal128(revenue, 6) / orders, 2) AS Decimal(18, 2)) AS avg_check
FROM filtered_cube
GROUP BY region
ORDER BY revenue DESC, region
