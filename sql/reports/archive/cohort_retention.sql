-- Historical report (R8.3): cohort retention. Customers are grouped by the UTC quarter of their first archived
-- purchase; for each later quarter (1, 2, 3, ... quarters after) the share of the cohort that bought again.
-- Every quarter up to the last archived one is listed, a quarter nobody came back in as 0.
-- Built from: the monthly summary under the filter (sql/reports/filters/archive/filtered_sales.sql).
WITH
{{filtered_sales}},

purchases AS (
    SELECT DISTINCT customer_id, sale_quarter
    FROM filtered_sales
),

quarter_numbers AS (
    SELECT
        customer_id,
        sale_quarter,
        (extract(year FROM sale_quarter) * 4 + extract(quarter FROM sale_quarter))::integer AS quarter_number
    FROM purchases
),

first_purchase AS (
    SELECT customer_id, min(quarter_number) AS cohort_number
    FROM quarter_numbers
    GROUP BY customer_id
),

cohorts AS (
    SELECT cohort_number, count(*) AS cohort_customers
    FROM first_purchase
    GROUP BY cohort_number
),

returns AS (
    SELECT first_purchase.cohort_number, quarter_numbers.quarter_number - first_purchase.cohort_number AS quarters_after,
           count(*) AS returning_customers
    FROM quarter_numbers
    JOIN first_purchase ON first_purchase.customer_id = quarter_numbers.customer_id
    WHERE quarter_numbers.quarter_number > first_purchase.cohort_number
    GROUP BY 1, 2
),

grid AS (
    SELECT cohorts.cohort_number, cohorts.cohort_customers, offsets.quarters_after
    FROM cohorts
    CROSS JOIN (SELECT max(quarter_number) AS last_number FROM quarter_numbers) AS bounds
    CROSS JOIN generate_series(1, (SELECT max(quarter_number) - min(quarter_number) FROM quarter_numbers)) AS offsets (quarters_after)
    WHERE cohorts.cohort_number + offsets.quarters_after <= bounds.last_number
)

SELECT
    (grid.cohort_number - 1) / 4                                                                 AS cohort_year,
    (grid.cohort_number - 1) % 4 + 1                                                             AS cohort_quarter,
    grid.cohort_customers,
    grid.quarters_after,
    coalesce(returns.returning_customers, 0)                                                    AS returning_customers,
    round(100.0 * coalesce(returns.returning_customers, 0) / grid.cohort_customers, 2)          AS retention_pct
FROM grid
LEFT JOIN returns ON returns.cohort_number = grid.cohort_number AND returns.quarters_after = grid.quarters_after
ORDER BY grid.cohort_number, grid.quarters_after;
