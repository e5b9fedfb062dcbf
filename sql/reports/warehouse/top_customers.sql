-- Report (R8.2): the 20 customers with the most revenue, all time, ranked (ties share a rank), with their
-- orders, average check, first and last purchase, and where they live, from summary_customers and dim_customer.
WITH
buyers AS (
    SELECT customer_id, orders, units, revenue, avg_check, first_purchase, last_purchase FROM summary_customers
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
