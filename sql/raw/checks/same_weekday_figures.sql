-- The anomaly checks' evidence: sales and revenue of the UTC day @day and of the same weekday in each of the
-- @weeks weeks before it (week 0 is the day itself), from the raw tier. One indexed range read per day.
WITH days AS (
    SELECT week, (@day::date - 7 * week) AS day
    FROM generate_series(0, @weeks) AS week
)

SELECT
    days.week,
    days.day,
    figures.sales,
    figures.revenue
FROM days
CROSS JOIN LATERAL (
    SELECT count(*) AS sales, coalesce(sum(quantity * price), 0) AS revenue
    FROM sales_data
    WHERE sale_date >= days.day::timestamp AT TIME ZONE 'UTC'
      AND sale_date < (days.day + 1)::timestamp AT TIME ZONE 'UTC'
) AS figures
ORDER BY days.week
