-- Dashboard (R8.2): the key figures of the filtered sales: revenue, orders (sale lines), distinct customers and the
-- average check (revenue per order), merged from sales_cube (filtered_cube; the customers' bitmaps merge exactly).
-- Run once for the period and once for the period before it.
WITH
{{filtered_cube}}

SELECT
    sum(revenue) AS revenue,
    sum(orders) AS orders,
    groupBitmapMerge(customers) AS customers,
    CAST(if(orders = 0, 0, round(toDecimal128(revenue, 6) / orders, 2)) AS Decimal(18, 2)) AS avg_check
FROM filtered_cube
