-- Sales per UTC day of one month in the raw tier (sales_data). The monthly archive asks when ClickHouse has no
-- sales on a day: if the source has none either, the gap is explained; if it has some, the daily load is behind.
WITH month_sales AS (
    SELECT sale_date
    FROM sales_data
    WHERE sale_date >= @month_start AND sale_date < @month_end
)

SELECT (sale_date AT TIME ZONE 'UTC')::date AS day, count(*) AS sale_rows
FROM month_sales
GROUP BY 1
ORDER BY 1
