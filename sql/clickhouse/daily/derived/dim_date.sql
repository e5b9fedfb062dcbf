-- dim_date_staging: one row per UTC day from the first to the last day fact_sales holds (days without
-- sales included, so time series have no gaps), with the calendar attributes reports group by.
INSERT INTO dim_date_staging (date, year, quarter, month, week_start, day_of_week)
WITH
bounds AS (
    SELECT toDate(min(sale_date), 'UTC') AS first_day, toDate(max(sale_date), 'UTC') AS last_day
    FROM fact_sales
    HAVING count() > 0
),

days AS (
    SELECT first_day + offset AS date
    FROM bounds
    ARRAY JOIN range(toUInt32(dateDiff('day', first_day, last_day) + 1)) AS offset
)

SELECT date, toYear(date), toQuarter(date), toMonth(date), toMonday(date), toDayOfWeek(date)
FROM days
