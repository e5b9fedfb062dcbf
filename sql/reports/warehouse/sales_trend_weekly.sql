-- Report (R8.2, R8.5): the weekly sales trend: revenue, orders and distinct customers per ISO week (weeks
-- without sales count as zero, from dim_date), with the 4-week moving average of revenue and the change
-- against the previous week in percent.
WITH
calendar AS (
    SELECT DISTINCT week_start FROM dim_date
),

weekly AS (
    SELECT week_start, revenue, orders, customers FROM sales_weekly
),

series AS (
    SELECT calendar.week_start AS week_start, weekly.revenue AS revenue, weekly.orders AS orders, weekly.customers AS customers
    FROM calendar
    LEFT JOIN weekly ON weekly.week_start = calendar.week_start
),

with_windows AS (
    SELECT
        week_start,
        revenue,
        orders,
        customers,
        round(toDecimal128(sum(revenue) OVER last_4_weeks, 6) / count() OVER last_4_weeks, 2) AS revenue_ma4,
        lagInFrame(revenue) OVER ordered AS previous_revenue,
        row_number() OVER ordered AS position
    FROM series
    WINDOW
        ordered AS (ORDER BY week_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
        last_4_weeks AS (ORDER BY week_start ROWS BETWEEN 3 PRECEDING AND CURRENT ROW)
)

SELECT
    week_start,
    revenue,
    orders,
    customers,
    revenue_ma4,
    if(position = 1 OR previous_revenue = 0, NULL, round(toDecimal128(revenue - previous_revenue, 6) * 100 / previous_revenue, 2)) AS revenue_change_pct
FROM with_windows
ORDER BY week_start
