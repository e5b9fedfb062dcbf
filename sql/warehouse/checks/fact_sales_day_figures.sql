-- The reconciliation check on its own (`strata check --pipeline daily`): per UTC day from {first_day} to
-- {last_day}, what fact_sales holds (rows, distinct sale_ids, units, revenue), to compare with the raw tier's
-- figures less the sales ClickHouse quarantined. Distinct sale_ids are counted exactly with a bitmap per day
-- (sale_id >= 1 by the contract), as reconcile/day_figures.sql does: compact however many.
SELECT
    toDate(sale_date) AS sale_day,
    count() AS rows,
    groupBitmap(toUInt64(sale_id)) AS sale_ids,
    sum(quantity) AS units,
    sum(revenue) AS revenue
FROM fact_sales
WHERE toDate(sale_date) BETWEEN {first_day:Date32} AND {last_day:Date32}
GROUP BY sale_day
ORDER BY sale_day
