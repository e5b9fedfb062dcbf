-- Report (R8.2): revenue by product category, all time: revenue, its share of all revenue, units, orders
-- (sale lines) and distinct buying customers, from fact_sales and dim_product.
WITH
sales AS (
    SELECT product_id, customer_id, quantity, revenue FROM fact_sales
),

products AS (
    SELECT product_id, category FROM dim_product
),

per_category AS (
    SELECT
        products.category AS category,
        sum(sales.revenue) AS revenue,
        sum(sales.quantity) AS units,
        count() AS orders,
        uniqExact(sales.customer_id) AS customers
    FROM sales
    INNER JOIN products ON products.product_id = sales.product_id
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
