-- Reconciliation, ClickHouse side: per affected UTC day, what fact_sales now holds (rows, distinct sale_ids,
-- units, revenue) and what this run set aside as older duplicates of a key (valid extracted rows minus the
-- rows kept). PostgreSQL's figures for the day, less its quarantined rows, must equal kept + set aside.
WITH
days AS (
    SELECT sale_day FROM daily_affected_dates
),

fact AS (
    SELECT toDate32(sale_date, 'UTC') AS sale_day, count() AS rows, uniqExact(sale_id) AS sale_ids, sum(quantity) AS units, sum(revenue) AS revenue
    FROM fact_sales
    WHERE toDate32(sale_date, 'UTC') IN days
    GROUP BY sale_day
),

valid AS (
    SELECT toDate32(sale_date, 'UTC') AS sale_day, count() AS rows, sum(quantity) AS units, sum(quantity * price) AS revenue
    FROM daily_checked_sales
    WHERE empty(reasons)
    GROUP BY sale_day
),

kept AS (
    SELECT toDate32(sale_date, 'UTC') AS sale_day, count() AS rows, sum(quantity) AS units, sum(revenue) AS revenue
    FROM daily_clean_sales
    GROUP BY sale_day
)

SELECT
    days.sale_day AS sale_day,
    fact.rows AS rows,
    fact.sale_ids AS sale_ids,
    fact.units AS units,
    fact.revenue AS revenue,
    valid.rows - kept.rows AS duplicate_rows,
    valid.units - kept.units AS duplicate_units,
    valid.revenue - kept.revenue AS duplicate_revenue
FROM days
LEFT JOIN fact ON fact.sale_day = days.sale_day
LEFT JOIN valid ON valid.sale_day = days.sale_day
LEFT JOIN kept ON kept.sale_day = days.sale_day
ORDER BY sale_day
