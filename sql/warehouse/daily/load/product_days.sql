-- product_days_staging: the new content of every month of product_days holding a day this run recomputes
-- (daily_aggregated_days): those days aggregated from fact_sales per UTC day x product (units, revenue, the
-- buyers as a bitmap state, first and last sale), plus the rows product_days keeps on the other days of the same
-- months. Only the recomputed days' facts are read (fact_sales is sorted by day).
INSERT INTO product_days_staging (sale_day, product_id, units, revenue, customers, first_sale, last_sale)
WITH
recomputed_days AS (
    SELECT sale_day FROM daily_aggregated_days
),

recomputed AS (
    SELECT
        toDate(sale_date, 'UTC') AS sale_day,
        product_id,
        sum(quantity) AS units,
        sum(revenue) AS revenue,
        groupBitmapState(toUInt32(customer_id)) AS customers,
        min(sale_date) AS first_sale,
        max(sale_date) AS last_sale
    FROM fact_sales
    WHERE toDate(sale_date, 'UTC') IN recomputed_days
    GROUP BY sale_day, product_id
),

kept AS (
    SELECT sale_day, product_id, units, revenue, customers, first_sale, last_sale
    FROM product_days
    WHERE toYYYYMM(sale_day) IN (SELECT toYYYYMM(sale_day) FROM recomputed_days)
      AND sale_day NOT IN recomputed_days
)

SELECT * FROM recomputed
UNION ALL
SELECT * FROM kept
