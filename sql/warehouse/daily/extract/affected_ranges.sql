-- The affected days as contiguous ranges [first_day, last_day] (gaps and islands), so the extract pulls
-- each range with one range condition PostgreSQL can answer from sales_data_sale_date_idx.
WITH
days AS (
    SELECT sale_day, row_number() OVER (ORDER BY sale_day) AS position
    FROM daily_affected_dates
),

islands AS (
    SELECT sale_day, sale_day - position AS island
    FROM days
)

SELECT min(sale_day) AS first_day, max(sale_day) AS last_day
FROM islands
GROUP BY island
ORDER BY first_day
