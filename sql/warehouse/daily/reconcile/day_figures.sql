-- Reconciliation, ClickHouse side: per affected UTC day, what fact_sales now holds (rows, distinct sale_ids,
-- units, revenue) and what this run set aside as older duplicates of a key (daily_set_aside).
-- PostgreSQL's figures for the day, less its quarantined rows, must equal kept + set aside. Distinct
-- sale_ids are counted exactly with a bitmap per day (sale_id >= 1 by the contract), compact however many.
WITH
days AS (
    SELECT sale_day FROM daily_affected_dates
),

fact AS (
    SELECT toDate(sale_date) AS sale_day, count() AS rows, groupBitmap(toUInt64(sale_id)) AS sale_ids, sum(quantity) AS units, sum(revenue) AS revenue
    FROM fact_sales
    WHERE toDate(sale_date) IN days
    GROUP BY sale_day
),

set_aside AS (
    SELECT sale_day, rows, units, revenue FROM daily_set_aside
)

SELECT
    days.sale_day AS sale_day,
    fact.rows AS rows,
    fact.sale_ids AS sale_ids,
    fact.units AS units,
    fact.revenue AS revenue,
    set_aside.rows AS duplicate_rows,
    set_aside.units AS duplicate_units,
    set_aside.revenue AS duplicate_revenue
FROM days
LEFT JOIN fact ON fact.sale_day = days.sale_day
LEFT JOIN set_aside ON set_aside.sale_day = days.sale_day
ORDER BY sale_day
