-- Report (R8.2): the 20 products with the most revenue under the filter (`strata report`: all time), ranked (ties share
-- a rank), with units, buying customers and their share of the filtered revenue. When the filter keeps every sale
-- (every loaded day, every category and region) summary_products answers, one row per product; otherwise the filtered
-- facts do (filtered_sales, of which ClickHouse reads only the days asked for). The facts branch reads nothing when the
-- summary answers (its LIMIT is 0). The dashboard's top-products chart draws it.
WITH
{{filtered_sales}},

whole_history AS (
    SELECT {category:String} = '' AND {region:String} = ''
        AND {from:Date32} <= toDate(min(first_sale)) AND {to:Date32} >= toDate(max(last_sale)) AS summary_answers
    FROM summary_products
),

products AS (
    SELECT product_id, name, category, units, revenue, customers
    FROM summary_products
    WHERE (SELECT summary_answers FROM whole_history)
    UNION ALL
    SELECT
        product_id,
        any(product_name) AS name,
        any(category) AS category,
        sum(quantity) AS units,
        CAST(sum(revenue) AS Decimal(18, 2)) AS revenue,
        toInt64(uniqExact(customer_id)) AS customers
    FROM filtered_sales
    WHERE NOT (SELECT summary_answers FROM whole_history)
    GROUP BY product_id
    -- LIMIT 0 stops the branch before it reads a fact; the WHERE alone would not: ClickHouse does not push a constant
    -- false below the filter's joins (EXPLAIN indexes=1 shows every fact granule read), but it ends a pipeline at LIMIT 0.
    LIMIT if((SELECT summary_answers FROM whole_history), 0, 9223372036854775807)
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
