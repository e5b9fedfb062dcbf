-- Historical report (R8.3): quarter-over-quarter and year-over-year trend of revenue, sales and customers.
-- Built from: the monthly summary under the filter (sql/reports/filters/archive/filtered_sales.sql), on a gap-free spine of UTC quarters
-- (a quarter without sales is a 0, so lag() always looks exactly one quarter and four quarters back).
WITH
{{filtered_sales}},

sales AS (
    SELECT sale_quarter, customer_id, sales, revenue
    FROM filtered_sales
),

quarterly AS (
    SELECT sale_quarter, sum(revenue) AS revenue, sum(sales)::bigint AS sales, count(DISTINCT customer_id) AS customers
    FROM sales
    GROUP BY sale_quarter
),

spine AS (
    SELECT quarter::date AS quarter
    FROM (SELECT min(sale_quarter) AS first_quarter, max(sale_quarter) AS last_quarter FROM quarterly) AS bounds
    CROSS JOIN generate_series(bounds.first_quarter, bounds.last_quarter, INTERVAL '3 months') AS quarter
),

series AS (
    SELECT
        spine.quarter,
        coalesce(quarterly.revenue, 0)      AS revenue,
        coalesce(quarterly.sales, 0)        AS sales,
        coalesce(quarterly.customers, 0)    AS customers
    FROM spine
    LEFT JOIN quarterly ON quarterly.sale_quarter = spine.quarter
),

compared AS (
    SELECT
        series.*,
        lag(revenue, 1) OVER (ORDER BY quarter) AS previous_quarter_revenue,
        lag(revenue, 4) OVER (ORDER BY quarter) AS year_ago_revenue
    FROM series
)

SELECT
    extract(year FROM quarter)::integer                                                       AS year,
    extract(quarter FROM quarter)::integer                                                    AS quarter,
    revenue,
    sales,
    customers,
    previous_quarter_revenue,
    round(100 * (revenue - previous_quarter_revenue) / nullif(previous_quarter_revenue, 0), 2) AS qoq_change_pct,
    year_ago_revenue,
    round(100 * (revenue - year_ago_revenue) / nullif(year_ago_revenue, 0), 2)                AS yoy_change_pct
FROM compared
ORDER BY year, quarter;
