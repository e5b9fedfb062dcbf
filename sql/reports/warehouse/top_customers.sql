-- Report (R8.2): the 20 customers with the most revenue under the filter (`strata report`: all time), ranked (ties share
-- a rank), with their orders, average check, first and last purchase, and where they live (dim_customer). When the filter
-- keeps every sale (every loaded day, every category and region) summary_customers answers, one row per customer;
-- otherwise the filtered facts do (filtered_sales, of which ClickHouse reads only the days asked for). The facts branch
-- reads nothing when the summary answers (its LIMIT is 0). The dashboard's top-customers chart draws it.
WITH
{{filtered_sales}},

whole_history AS (
    SELECT {category:String} = '' AND {region:String} = ''
        AND {from:Date32} <= toDate(min(first_purchase)) AND {to:Date32} >= toDate(max(last_purchase)) AS summary_answers
    FROM summary_customers
),

buyers AS (
    SELECT customer_id, orders, units, revenue, avg_check, first_purchase, last_purchase
    FROM summary_customers
    WHERE (SELECT summary_answers FROM whole_history)
    UNION ALL
    SELECT
        customer_id,
        toInt64(count()) AS orders,
        sum(quantity) AS units,
        CAST(sum(revenue) AS Decimal(18, 2)) AS revenue,
        CAST(round(toDecimal128(revenue, 6) / orders, 2) AS Decimal(18, 2)) AS avg_check,
        min(sale_date) AS first_purchase,
        max(sale_date) AS last_purchase
    FROM filtered_sales
    WHERE NOT (SELECT summary_answers FROM whole_history)
    GROUP BY customer_id
    -- LIMIT 0 stops the branch before it reads a fact; the WHERE alone would not: ClickHouse does not push a constant
    -- false below the filter's joins (EXPLAIN indexes=1 shows every fact granule read), but it ends a pipeline at LIMIT 0.
    LIMIT if((SELECT summary_answers FROM whole_history), 0, 9223372036854775807)
),

customers AS (
    SELECT customer_id, age_band, gender, city, region FROM dim_customer
),

ranked AS (
    SELECT
        rank() OVER (ORDER BY buyers.revenue DESC) AS revenue_rank,
        buyers.customer_id AS customer_id,
        buyers.revenue AS revenue,
        buyers.orders AS orders,
        buyers.units AS units,
        buyers.avg_check AS avg_check,
        buyers.first_purchase AS first_purchase,
        buyers.last_purchase AS last_purchase,
        customers.age_band AS age_band,
        customers.gender AS gender,
        customers.city AS city,
        customers.region AS region
    FROM buyers
    INNER JOIN customers ON customers.customer_id = buyers.customer_id
)

SELECT * FROM ranked
ORDER BY revenue_rank, customer_id
LIMIT 20
