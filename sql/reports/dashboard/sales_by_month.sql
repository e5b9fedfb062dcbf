-- Dashboard (R8.2, R8.5): revenue, orders and customers per calendar month of the filtered sales, merged from
-- sales_cube (filtered_cube; a month of the range without sales counts as zero, from dim_date), with the 3-month
-- moving average of revenue.
WITH
{{filtered_cube}},

calendar AS (
    SELECT DISTINCT month_start AS month FROM dim_date WHERE date BETWEEN {from:Date32} AND {to:Date32}
),

monthly AS (
    SELECT toStartOfMonth(sale_day) AS month, sum(revenue) AS revenue, sum(orders) AS orders, groupBitmapMerge(customers) AS customers
    FROM filtered_cube
    GROUP BY month
),

series AS (
    SELECT calendar.month AS month, monthly.revenue AS revenue, monthly.orders AS orders, monthly.customers AS customers
    FROM calendar
    LEFT JOIN monthly ON monthly.month = calendar.month
)

SELECT
    month,
    revenue,
    orders,
    customers,
    CAST(round(toDecimal128(sum(revenue) OVER last_3_months, 6) / count() OVER last_3_months, 2) AS Decimal(18, 2)) AS revenue_ma3
FROM series
WINDOW last_3_months AS (ORDER BY month ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)
ORDER BY month
