-- Report (R8.2): revenue by product category under the filter (`strata report`: all time, every category and region):
-- revenue, its share of the filtered revenue, units, orders (sale lines) and distinct buying customers, merged from
-- sales_cube (filtered_cube: the facts already joined to the products, per day x category x region, with each
-- group's customers as a bitmap that merges exactly), so the report reads days x categories x regions rows instead of
-- every fact. The dashboard's category chart draws it.
WITH
{{filtered_cube}},

per_category AS (
    SELECT
        category,
        sum(revenue) AS revenue,
        sum(units) AS units,
        sum(orders) AS orders,
        groupBitmapMerge(customers) AS customers
    FROM filtered_cube
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
