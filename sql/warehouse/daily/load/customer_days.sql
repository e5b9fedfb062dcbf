-- customer_days_staging: the new content of every month of customer_days holding a day this run recomputes
-- (daily_aggregated_days): those days aggregated from fact_sales per UTC day x customer (orders, units, revenue,
-- first and last purchase), plus the rows customer_days keeps on the other days of the same months. Only the
-- recomputed days' facts are read (fact_sales is sorted by day).
INSERT INTO customer_days_staging (sale_day, customer_id, orders, units, revenue, first_purchase, last_purchase)
WITH
recomputed_days AS (
    SELECT sale_day FROM daily_aggregated_days
),

recomputed AS (
    SELECT
        toDate(sale_date, 'UTC') AS sale_day,
        customer_id,
        count() AS orders,
        sum(quantity) AS units,
        sum(revenue) AS revenue,
        min(sale_date) AS first_purchase,
        max(sale_date) AS last_purchase
    FROM fact_sales
    WHERE toDate(sale_date, 'UTC') IN recomputed_days
    GROUP BY sale_day, customer_id
),

kept AS (
    SELECT sale_day, customer_id, orders, units, revenue, first_purchase, last_purchase
    FROM customer_days
    WHERE toYYYYMM(sale_day) IN (SELECT toYYYYMM(sale_day) FROM recomputed_days)
      AND sale_day NOT IN recomputed_days
)

SELECT * FROM recomputed
UNION ALL
SELECT * FROM kept
