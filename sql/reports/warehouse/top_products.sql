-- Report (R8.2): the 20 products with the most revenue, all time, ranked (ties share a rank), with units,
-- buying customers and their share of all revenue, from summary_products.
WITH
products AS (
    SELECT product_id, name, category, units, revenue, customers FROM summary_products
),

ranked AS (
    SELECT
        rank() OVER (ORDER BY revenue DESC) AS revenue_rank,
        product_id,
        name,
        category,
        revenue,
        round(toDecimal128(revenue, 6) * 100 / sum(revenue) OVER (), 2) AS revenue_share_pct,
        units,
        customers
    FROM products
)

SELECT * FROM ranked
ORDER BY revenue_rank, product_id
LIMIT 20
