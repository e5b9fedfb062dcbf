-- dim_date_staging: one row per UTC day from the first to the last day of sales (read off sales_cube, which
-- holds every day fact_sales holds; days without sales included, so time series have no gaps), with the calendar
-- attributes reports group by (ISO weeks start on Monday; day_of_week 1 = Monday).
INSERT INTO dim_date_staging
    (date, year, quarter, month, month_name, day_of_month, day_of_week, day_name, is_weekend, iso_year, iso_week, week_start, month_start)
WITH
bounds AS (
    SELECT toDate32(min(sale_day)) AS first_day, toDate32(max(sale_day)) AS last_day
    FROM sales_cube
    HAVING count() > 0
),

days AS (
    SELECT first_day + offset AS date
    FROM bounds
    ARRAY JOIN range(toUInt32(dateDiff('day', first_day, last_day) + 1)) AS offset
)

SELECT
    date,
    toYear(date),
    toQuarter(date),
    toMonth(date),
    dateName('month', date),
    toDayOfMonth(date),
    toDayOfWeek(date),
    dateName('weekday', date),
    toDayOfWeek(date) >= 6,
    toISOYear(date),
    toISOWeek(date),
    toMonday(date),
    toStartOfMonth(date)
FROM days
