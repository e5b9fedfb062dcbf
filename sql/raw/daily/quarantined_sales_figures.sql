-- Reconciliation, PostgreSQL side: per UTC day, the figures (rows, distinct sale_ids, units, revenue) of the
-- sales_data rows whose sale_id the daily run quarantined (@sale_ids), found through the primary key (a row without a sale_date is in no day's figures). Subtracted
-- from the day's whole figures (sales_figures.sql), they leave what fact_sales must hold: within a day the
-- quarantined keys and the others are disjoint sets, so even the distinct counts subtract exactly.
SELECT
    (sale_date AT TIME ZONE 'UTC')::date AS sale_day,
    count(*) AS rows,
    count(DISTINCT sale_id) AS sale_ids,
    coalesce(sum(quantity), 0) AS units,
    coalesce(sum(quantity * price), 0) AS revenue
FROM sales_data
WHERE sale_id = ANY (@sale_ids::bigint[])
  AND sale_date IS NOT NULL
GROUP BY sale_day
ORDER BY sale_day
