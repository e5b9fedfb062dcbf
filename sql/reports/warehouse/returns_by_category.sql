-- Report (issue 12 part 5): returns and net revenue by product category, all time: units sold and returned,
-- gross revenue (fact_sales, as summary_products sums it), the value returned (fact_returns), net revenue =
-- gross - returned, and the return rate = returned value over gross revenue in percent (null when nothing was
-- sold). Largest net revenue first.
-- Built from: summary_products, fact_returns, dim_product.
WITH
-- What each product sold, all time: summary_products already holds it (one row per product, merged from the
-- month aggregates), so the report reads products, not every fact.
sold AS (
    SELECT product_id, units, revenue
    FROM summary_products
),

returned AS (
    SELECT product_id, sum(quantity) AS units, sum(returned_revenue) AS revenue
    FROM fact_returns
    GROUP BY product_id
),

-- A product missing from one side joins as zeros (ClickHouse fills an outer join's gaps with default values).
per_category AS (
    SELECT
        products.category AS category,
        sum(sold.units) AS sold_units,
        sum(returned.units) AS returned_units,
        sum(sold.revenue) AS gross_revenue,
        sum(returned.revenue) AS returned_revenue
    FROM dim_product AS products
    LEFT JOIN sold ON sold.product_id = products.product_id
    LEFT JOIN returned ON returned.product_id = products.product_id
    WHERE sold.units > 0 OR returned.units > 0
    GROUP BY category
)

SELECT
    category,
    sold_units,
    returned_units,
    gross_revenue,
    returned_revenue,
    gross_revenue - returned_revenue AS net_revenue,
    if(gross_revenue > 0, round(toDecimal128(returned_revenue, 6) * 100 / gross_revenue, 2), NULL) AS return_rate_pct
FROM per_category
ORDER BY net_revenue DESC, category
