-- summary_customers_staging: per customer, over the whole of fact_sales: orders (sales), units, revenue,
-- the first and last purchase, and the average check. Customers who never bought are left out.
INSERT INTO summary_customers_staging (customer_id, orders, units, revenue, first_purchase, last_purchase, avg_check)
WITH
sales AS (
    SELECT customer_id, quantity, revenue, sale_date FROM fact_sales
),

per_customer AS (
    SELECT
        customer_id,
        count() AS orders,
        sum(quantity) AS units,
        sum(revenue) AS revenue,
        min(sale_date) AS first_purchase,
        max(sale_date) AS last_purchase
    FROM sales
    GROUP BY customer_id
)

SELECT customer_id, orders, units, revenue, first_purchase, last_purchase, round(toDecimal128(revenue, 6) / orders, 2) AS avg_check
FROM per_customer
