-- Reconciliation, PostgreSQL side: per UTC day from $1 to $2 (inclusive), what the raw tier holds in
-- sales_data: rows, distinct sale_ids, units and revenue (quantity x price), leaving out the sale_ids the
-- daily run quarantined ($3). The range condition lets sales_data_sale_date_idx find the rows.
WITH
sales AS (
    SELECT (sale_date AT TIME ZONE 'UTC')::date AS sale_day, sale_id, quantity, price
    FROM sales_data
    WHERE sale_date >= $1::date::timestamp AT TIME ZONE 'UTC'
      AND sale_date < ($2::date + 1)::timestamp AT TIME ZONE 'UTC'
      AND NOT (sale_id = ANY ($3::bigint[]))
)

SELECT sale_day, count(*) AS rows, count(DISTINCT sale_id) AS sale_ids, sum(quantity) AS units, sum(quantity * price) AS revenue
FROM sales
GROUP BY sale_day
ORDER BY sale_day
