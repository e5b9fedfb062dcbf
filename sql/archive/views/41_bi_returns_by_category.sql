-- BI view (issue 12 part 5): returns and net revenue by product category (the products' current categories), all
-- archived time: units sold and returned, gross revenue, the value returned, net revenue and the return rate
-- (returned value over gross revenue, percent). Built from: bi_returns_by_product.
CREATE OR REPLACE VIEW bi_returns_by_category AS
WITH per_category AS (
    SELECT
        category,
        sum(sold_units)       AS sold_units,
        sum(returned_units)   AS returned_units,
        sum(gross_revenue)    AS gross_revenue,
        sum(returned_revenue) AS returned_revenue
    FROM bi_returns_by_product
    GROUP BY category
)

SELECT
    category,
    sold_units,
    returned_units,
    gross_revenue,
    returned_revenue,
    gross_revenue - returned_revenue                                                 AS net_revenue,
    CASE WHEN gross_revenue > 0 THEN round(returned_revenue * 100 / gross_revenue, 2) END AS return_rate_pct
FROM per_category;
