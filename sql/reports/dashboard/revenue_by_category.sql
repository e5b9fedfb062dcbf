-- Dashboard (R8.2): revenue, its share, orders and customers by product category, of the filtered sales.
WITH
{{filtered_sales}}

SELECT
    category,
    sum(revenue) AS revenue,
    CAST(round(toDecimal128(revenue, 6) * 100 / sum(revenue) OVER (), 2) AS Decimal(9, 2)) AS revenue_share_pct,
    count() AS orders,
    uniqExact(customer_id) AS customers
FROM filtered_sales
GROUP BY category
ORDER BY revenue DESC, category
