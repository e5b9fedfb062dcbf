-- BI view (issue 12 part 5): returns and net revenue by product, all archived time, one row per product sold or
-- returned: units sold and returned, gross revenue, the value returned, net revenue = gross - returned, and the
-- return rate = returned value over gross revenue in percent (null when nothing was sold). Name and category are
-- the product's current ones. Built from: historical_sales_by_product_month (the monthly summary of the sales),
-- historical_returns, historical_products.
CREATE OR REPLACE VIEW bi_returns_by_product AS
WITH movements AS (
    SELECT product_id, units AS sold_units, 0 AS returned_units, revenue AS gross_revenue, 0 AS returned_revenue
    FROM historical_sales_by_product_month
    UNION ALL
    SELECT product_id, 0, quantity, 0, returned_revenue
    FROM historical_returns
),

per_product AS (
    SELECT
        product_id,
        sum(sold_units)::bigint     AS sold_units,
        sum(returned_units)::bigint AS returned_units,
        sum(gross_revenue)          AS gross_revenue,
        sum(returned_revenue)       AS returned_revenue
    FROM movements
    GROUP BY product_id
)

SELECT
    per_product.product_id,
    products.name                                                                        AS product_name,
    products.category,
    per_product.sold_units,
    per_product.returned_units,
    per_product.gross_revenue,
    per_product.returned_revenue,
    per_product.gross_revenue - per_product.returned_revenue                             AS net_revenue,
    CASE WHEN per_product.gross_revenue > 0
         THEN round(per_product.returned_revenue * 100 / per_product.gross_revenue, 2) END AS return_rate_pct
FROM per_product
JOIN historical_products AS products ON products.product_id = per_product.product_id AND products.is_current;
