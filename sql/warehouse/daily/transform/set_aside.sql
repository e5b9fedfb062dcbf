-- daily_set_aside: per UTC day, the valid extracted sales the dedupe dropped (older versions of a kept
-- key): valid rows minus the rows transform/sales.sql kept in fact_sales_staging, in rows, units and revenue.
INSERT INTO daily_set_aside (sale_day, rows, units, revenue)
WITH
valid AS (
    SELECT toDate32(sale_date, 'UTC') AS sale_day, count() AS rows, sum(quantity) AS units, sum(toDecimal128(quantity, 0) * price) AS revenue
    FROM daily_checked_sales
    WHERE broken_rules = 0
    GROUP BY sale_day
),

kept AS (
    SELECT toDate32(sale_date, 'UTC') AS sale_day, count() AS rows, sum(quantity) AS units, sum(revenue) AS revenue
    FROM fact_sales_staging
    GROUP BY sale_day
)

SELECT valid.sale_day, valid.rows - kept.rows, valid.units - kept.units, valid.revenue - kept.revenue
FROM valid
LEFT JOIN kept ON kept.sale_day = valid.sale_day
WHERE valid.rows != kept.rows
