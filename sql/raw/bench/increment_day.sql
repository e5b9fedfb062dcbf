-- The day the bench's nightly increment adds sales to (increment_sales.sql): the day after the last sale day.
SELECT (max(sale_date) AT TIME ZONE 'UTC')::date + 1 AS increment_day
FROM sales_data
