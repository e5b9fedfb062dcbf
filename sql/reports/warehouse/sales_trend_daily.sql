-- Report (R8.2, R8.5): the daily sales trend: revenue, orders and units per UTC day (days without sales
-- count as zero, from dim_date), with the 7-day moving average of revenue and the change against the
-- previous day in percent (window functions over the day series).
WITH
calendar AS (
    SELECT date AS day FROM dim_date
),

daily AS (
    SELECT sale_date AS day, sum(revenue) AS revenue, sum(orders) AS orders, sum(units) AS units
    FROM summary_sales
    GROUP BY sale_date
),

series AS (
    SELECT calendar.day AS day, daily.revenue AS revenue, daily.orders AS orders, daily.units AS units
    FROM calendar
    LEFT JOIN daily ON daily.day = calendar.day
),

with_windows AS (
    SELECT
        day,
        revenue,
        orders,
        units,
        round(toDecimal128(sum(revenue) OVER last_7_days, 6) / count() OVER last_7_days, 2) AS revenue_ma7,
        lagInFrame(revenue) OVER ordered AS previous_revenue,
        row_number() OVER ordered AS position
    FROM series
    WINDOW
        ordered AS (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
        last_7_days AS (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)
)

SELECT
    day,
    revenue,
    orders,
    units,
    revenue_ma7,
    if(position = 1 OR previous_revenue = 0, NULL, round(toDecimal128(revenue - previous_revenue, 6) * 100 / previous_revenue, 2)) AS revenue_change_pct
FROM with_windows
ORDER BY day
