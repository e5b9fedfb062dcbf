-- Report (R8.2, R8.5): the monthly sales trend: revenue, orders and distinct customers per calendar month
-- (months without sales count as zero, from dim_date), with the 3-month moving average of revenue and the
-- change against the previous month and against the same month a year before, in percent.
WITH
calendar AS (
    SELECT DISTINCT month_start AS month FROM dim_date
),

monthly AS (
    SELECT month_start AS month, revenue, orders, customers FROM sales_monthly
),

series AS (
    SELECT calendar.month AS month, monthly.revenue AS revenue, monthly.orders AS orders, monthly.customers AS customers
    FROM calendar
    LEFT JOIN monthly ON monthly.month = calendar.month
),

with_windows AS (
    SELECT
        month,
        revenue,
        orders,
        customers,
        round(toDecimal128(sum(revenue) OVER last_3_months, 6) / count() OVER last_3_months, 2) AS revenue_ma3,
        lagInFrame(revenue, 1) OVER ordered AS previous_month,
        lagInFrame(revenue, 12) OVER ordered AS year_before,
        row_number() OVER ordered AS position
    FROM series
    WINDOW
        ordered AS (ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
        last_3_months AS (ORDER BY month ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)
)

SELECT
    month,
    revenue,
    orders,
    customers,
    revenue_ma3,
    if(position = 1 OR previous_month = 0, NULL, round(toDecimal128(revenue - previous_month, 6) * 100 / previous_month, 2)) AS revenue_change_pct,
    if(position <= 12 OR year_before = 0, NULL, round(toDecimal128(revenue - year_before, 6) * 100 / year_before, 2)) AS revenue_change_yoy_pct
FROM with_windows
ORDER BY month
