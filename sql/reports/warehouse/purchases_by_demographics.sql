-- Report (R8.2): purchases by customer demographics: per age band x gender x region x city, the buying
-- customers, their orders, units, revenue and average check, from summary_customers and dim_customer.
WITH
buyers AS (
    SELECT customer_id, orders, units, revenue FROM summary_customers
),

customers AS (
    SELECT customer_id, age_band, gender, region, city FROM dim_customer
),

enriched AS (
    SELECT
        customers.age_band AS age_band,
        ifNull(customers.gender, 'unknown') AS gender,
        ifNull(customers.region, 'unknown') AS region,
        ifNull(customers.city, 'unknown') AS city,
        buyers.orders AS orders,
        buyers.units AS units,
        buyers.revenue AS revenue
    FROM buyers
    INNER JOIN customers ON customers.customer_id = buyers.customer_id
),

per_group AS (
    SELECT
        age_band,
        gender,
        region,
        city,
        count() AS customers,
        sum(orders) AS orders,
        sum(units) AS units,
        sum(revenue) AS revenue
    FROM enriched
    GROUP BY age_band, gender, region, city
)

SELECT
    age_band,
    gender,
    region,
    city,
    customers,
    orders,
    units,
    revenue,
    round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM per_group
ORDER BY age_band, gender, region, city
