-- Report (R8.2): revenue by product category, all time: revenue, its share of the total, units, orders
-- and buying customers, from summary_category_region. Every customer lives in exactly one region, so
-- adding a category's per-region customer counts counts each customer once.
WITH
category_region AS (
    SELECT category, revenue, units, orders, customers FROM summary_category_region
),

per_category AS (
    SELECT
        category,
        sum(revenue) AS revenue,
        sum(units) AS units,
        sum(orders) AS orders,
        sum(customers) AS customers
    FROM category_region
    GROUP BY category
),

with_share AS (
    SELECT
        category,
        revenue,
        round(toDecimal128(revenue, 6) * 100 / sum(revenue) OVER (), 2) AS revenue_share_pct,
        units,
        orders,
        customers
    FROM per_category
)

SELECT * FROM with_share
ORDER BY revenue DESC, category
