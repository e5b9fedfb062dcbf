-- Reconciliation, PostgreSQL side: per UTC day from @first_day to @last_day (inclusive), what the raw tier holds in
-- sales_data: rows, distinct sale_ids, units and revenue (quantity x price). The run subtracts the figures
-- of the sale_ids it quarantined (quarantined_sales_figures.sql). One indexed range scan per day
-- (sales_data_sale_date_idx): no sort of the whole range, memory bounded by one day, whatever the number of
-- days.
WITH
days AS (
    SELECT day::date AS sale_day
    FROM generate_series(@first_day::date, @last_day::date, INTERVAL '1 day') AS day
),

figures AS (
    SELECT days.sale_day, day_figures.*
    FROM days
    CROSS JOIN LATERAL (
        SELECT count(*) AS rows, count(DISTINCT sale_id) AS sale_ids, sum(quantity) AS units, sum(quantity * price) AS revenue
        FROM sales_data
        WHERE sale_date >= days.sale_day::timestamp AT TIME ZONE 'UTC'
          AND sale_date < (days.sale_day + 1)::timestamp AT TIME ZONE 'UTC'
    ) AS day_figures
)

SELECT sale_day, rows, sale_ids, coalesce(units, 0) AS units, coalesce(revenue, 0) AS revenue
FROM figures
ORDER BY sale_day
